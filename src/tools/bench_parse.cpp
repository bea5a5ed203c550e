// brief-bench-parse FILE [--runs N] [--no-warm-up]: times parse_bundle on a file's bytes already
// in memory (the reader's "bytes in → model out" step), once cold (after the warm-up the page
// also does, br::warm_up_parser, unless --no-warm-up) and then N warm runs, and prints one
// JSON object for bench/run.mjs. Each run parses its own copy of the bytes (made before the
// clock starts) and hands it over, as the reader does, so the bundle keeps it and points into it.
// The same source is built natively and, in the web build, as a wasm program for node, so both
// numbers come from identical code. Peak memory is the process's own maximum resident set size
// (node's, for wasm: the wasm heap lives inside it).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "bundle_json.h"
#include "padded_bytes.h"
#include "parse.h"

using br::bench::ms_since;
using br::bench::peak_rss_bytes;
using br::bench::read_file;

int main(int argc, char** argv) {
  const char* path = nullptr;
  int runs = 5;
  bool warm_up = true;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--no-warm-up") {
      warm_up = false;
    } else if (!path && !arg.empty() && arg[0] != '-') {
      path = argv[i];
    } else {
      path = nullptr;
      break;
    }
  }
  if (!path) {
    std::fputs("usage: brief-bench-parse BUNDLE.json [--runs N] [--no-warm-up]\n", stderr);
    return 2;
  }
  const double start_rss = peak_rss_bytes();
  auto t = std::chrono::steady_clock::now();
  const br::PaddedBytes input = read_file(path);
  const double read_ms = ms_since(t);
  if (!input.ok() || input.size() == 0) {
    std::fprintf(stderr, "brief-bench-parse: cannot read %s\n", path);
    return 1;
  }

  // As the page does after its first frame (parse.h); without it the cold parse under node runs
  // V8's baseline code for the wasm.
  t = std::chrono::steady_clock::now();
  if (warm_up) br::warm_up_parser();
  const double warm_up_ms = ms_since(t);

  size_t briefs = 0, paragraphs = 0, warnings = 0, arena_bytes = 0, kept_bytes = 0;
  bool ok = false;
  std::vector<double> times;
  for (int run = 0; run <= runs; ++run) {  // run 0 is the cold one
    br::PaddedBytes bytes = br::PaddedBytes::copy_of(input.view());
    t = std::chrono::steady_clock::now();
    br::LoadResult result = br::parse_bundle(std::move(bytes));
    times.push_back(ms_since(t));
    ok = result.ok;
    briefs = result.bundle.briefs.size();
    paragraphs = result.bundle.paragraphs.size();
    warnings = result.diagnostics.size();
    arena_bytes = result.bundle.text.bytes_reserved();
    kept_bytes = result.bundle.source.size();
  }
  std::vector<double> warm(times.begin() + 1, times.end());
  std::sort(warm.begin(), warm.end());
  const double median = warm.size() % 2 ? warm[warm.size() / 2]
                                        : (warm[warm.size() / 2 - 1] + warm[warm.size() / 2]) / 2;
#ifdef __EMSCRIPTEN__
  const char* platform = "wasm";
#else
  const char* platform = "native";
#endif
  std::printf(
      "{\"tool\":\"brief-bench-parse\",\"platform\":\"%s\",\"file\":%s,\"bytes\":%zu,"
      "\"ok\":%s,\"briefs\":%zu,\"paragraphs\":%zu,\"diagnostics\":%zu,\"arena_bytes\":%zu,"
      "\"kept_file_bytes\":%zu,"
      "\"read_ms\":%.3f,\"warm_up_ms\":%.3f,\"cold_ms\":%.3f,"
      "\"warm_ms\":{\"min\":%.3f,\"median\":%.3f,\"max\":%.3f},"
      "\"warmed_up\":%s,\"runs\":%d,\"start_rss_bytes\":%.0f,\"peak_rss_bytes\":%.0f}\n",
      platform, br::json_quote(path).c_str(), input.size(), ok ? "true" : "false", briefs,
      paragraphs, warnings, arena_bytes, kept_bytes, read_ms, warm_up_ms, times[0], warm.front(),
      median, warm.back(), warm_up ? "true" : "false", runs, start_rss, peak_rss_bytes());
  return ok ? 0 : 1;
}
