// brief-bench-search FILE [--runs N] [--query CLASS=TEXT]...: builds the search index of a
// bundle (timing it and measuring its memory), then times each query class of the search issue
// (parse + evaluate + group into days, as set_query does) N times and prints one JSON object
// with p50/p95 and hit counts. The queries are picked from the data deterministically (see
// pick_queries) unless given; the JSON lists them so bench/search_peers.mjs runs the same ones.
// Built natively and, in the web build, as a wasm program for node.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "bundle_json.h"
#include "date.h"
#include "padded_bytes.h"
#include "parse.h"
#include "query.h"
#include "search.h"
#include "search_index.h"
#include "tokenize.h"

using br::bench::cpu_ms;
using br::bench::ms_since;
using br::bench::peak_rss_bytes;
using br::bench::read_file;

namespace {

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  return v[i];
}

size_t bundle_bytes(const br::Bundle& b) {
  return b.source.size() + b.text.bytes_reserved() + b.briefs.capacity() * sizeof(br::Brief) +
         (b.paragraphs.capacity() + b.tags.capacity()) * sizeof(std::string_view);
}

bool plain_word(std::string_view t, size_t min_size) {
  if (t.size() < min_size) return false;
  for (char c : t)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// Briefs with the term in their title or body (what the peers index).
uint32_t text_df(const br::SearchIndex& ix, uint32_t t) {
  uint32_t n = 0;
  for (uint8_t m : ix.meta(t)) n += (m & (br::kInTitle | br::kInBody)) != 0;
  return n;
}

// The query classes, chosen from the data: the most frequent word of titles and bodies (what
// the peers index); a word in exactly 3 briefs
// (or the nearest df above); the two most frequent words of 6+ letters; the most frequent pair
// of adjacent 4+ letter words in the first 2000 bodies, as a phrase (one written in ASCII, one
// with accented letters, folded); the first three letters of
// the most frequent 6+ letter word, as a prefix; the first word of the first brief's source as
// source: with after: the median brief's date.
std::vector<std::pair<std::string, std::string>> pick_queries(const br::SearchIndex& ix,
                                                              const br::Bundle& bundle) {
  uint32_t common = UINT32_MAX, common_df = 0, rare = UINT32_MAX, long1 = UINT32_MAX,
           long2 = UINT32_MAX;
  for (uint32_t t = 0; t < ix.term_count(); ++t) {
    const std::string_view term = ix.term(t);
    if (!plain_word(term, 1)) continue;
    if (ix.df(t) > common_df && text_df(ix, t) > common_df) {
      common = t;
      common_df = text_df(ix, t);
    }
    if (ix.df(t) >= 3 && (rare == UINT32_MAX || ix.df(t) < ix.df(rare))) rare = t;
    if (!plain_word(term, 6)) continue;
    if (long1 == UINT32_MAX || ix.df(t) > ix.df(long1)) {
      long2 = long1;
      long1 = t;
    } else if (long2 == UINT32_MAX || ix.df(t) > ix.df(long2)) {
      long2 = t;
    }
  }
  // Pairs written in plain ASCII letters (the peers can find them), and pairs with an accented
  // or other non-ASCII letter (the reader folds them: "Björk Guðmundsdóttir" = "bjork
  // gudmundsdottir"; the peers do not).
  std::map<std::string, uint32_t> ascii_pairs, folded_pairs;
  for (uint32_t d = 0; d < std::min<uint32_t>(2000, ix.doc_count()); ++d) {
    for (std::string_view p : bundle.body(bundle.briefs[ix.brief_of(d)])) {
      br::Tokenizer tokens(p);
      br::Token t;
      std::string prev;
      bool prev_ascii = false;
      while (tokens.next(t)) {
        std::string cur(t.folded);
        const bool ascii = plain_word(cur, 1) && t.end - t.begin == cur.size();
        if (prev.size() >= 4 && cur.size() >= 4 && prev != cur && !t.unspaced)
          ++(ascii && prev_ascii ? ascii_pairs : folded_pairs)[prev + " " + cur];
        prev = t.unspaced ? std::string() : cur;
        prev_ascii = ascii;
      }
    }
  }
  auto most_frequent = [](const std::map<std::string, uint32_t>& pairs) {
    std::string phrase = "no phrase";
    uint32_t best = 0;
    for (const auto& [p, n] : pairs)
      if (n > best) best = n, phrase = p;
    return phrase;
  };
  std::vector<std::pair<std::string, std::string>> q;
  auto term = [&ix](uint32_t t) {
    return t == UINT32_MAX ? std::string("none") : std::string(ix.term(t));
  };
  q.push_back({"common word", term(common)});
  q.push_back({"rare word", term(rare)});
  q.push_back({"two words", term(long1) + " " + term(long2)});
  q.push_back({"phrase", "\"" + most_frequent(ascii_pairs) + "\""});
  q.push_back({"accented phrase", "\"" + most_frequent(folded_pairs) + "\""});
  q.push_back({"3-letter prefix", term(long1).substr(0, 3) + "*"});
  std::string source = "none", date = "2017-01-01";
  if (ix.doc_count() > 0) {
    br::Tokenizer tokens(bundle.briefs[ix.brief_of(0)].source);
    br::Token t;
    if (tokens.next(t)) source = std::string(t.folded);
    const br::DayNumber median = ix.day_of(ix.doc_count() / 2);
    if (median != br::kUndated) date = br::format_iso_date(median);
  }
  q.push_back({"field+date", "source:" + source + " after:" + date});
  return q;
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = nullptr;
  int runs = 200;
  std::vector<std::pair<std::string, std::string>> given;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--query" && i + 1 < argc) {
      const std::string_view q = argv[++i];
      const size_t eq = q.find('=');
      if (eq == std::string_view::npos)
        given.push_back({std::string(q), std::string(q)});
      else
        given.push_back({std::string(q.substr(0, eq)), std::string(q.substr(eq + 1))});
    } else if (!path && !arg.empty() && arg[0] != '-') {
      path = argv[i];
    } else {
      path = nullptr;
      break;
    }
  }
  if (!path) {
    std::fputs("usage: brief-bench-search BUNDLE.json [--runs N] [--query CLASS=TEXT]...\n",
               stderr);
    return 2;
  }
  br::PaddedBytes input = read_file(path);
  if (!input.ok() || input.size() == 0) {
    std::fprintf(stderr, "brief-bench-search: cannot read %s\n", path);
    return 1;
  }
  const size_t file_bytes = input.size();
  auto t = std::chrono::steady_clock::now();
  // As the reader does: the bundle keeps the file and points into it.
  br::LoadResult loaded = br::parse_bundle(std::move(input));
  const double parse_ms = ms_since(t);
  if (!loaded.ok) {
    std::fprintf(stderr, "brief-bench-search: %s does not load\n", path);
    return 1;
  }
  const br::Bundle& bundle = loaded.bundle;
  const double rss_before_index = peak_rss_bytes();
  std::vector<double> build_ms, build_cpu_ms;
  br::SearchIndex index;
  for (int run = 0; run < 3; ++run) {  // run 0 is the cold one
    index = br::SearchIndex();
    const double cpu = cpu_ms();
    t = std::chrono::steady_clock::now();
    index = br::SearchIndex::build(bundle);
    build_ms.push_back(ms_since(t));
    build_cpu_ms.push_back(cpu_ms() - cpu);
  }
  const auto queries = given.empty() ? pick_queries(index, bundle) : given;

  std::string out = "{\"tool\":\"brief-bench-search\",\"platform\":";
#ifdef __EMSCRIPTEN__
  out += "\"wasm\"";
#else
  out += "\"native\"";
#endif
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      ",\"file_bytes\":%zu,\"briefs\":%zu,\"parse_ms\":%.3f,\"build_ms\":{\"cold\":%.3f,"
      "\"min\":%.3f,\"cpu_cold\":%.3f,\"cpu_min\":%.3f},\"index_bytes\":%zu,\"bundle_bytes\":%zu,"
      "\"rss_before_index_bytes\":%.0f,\"runs\":%d",
      file_bytes, bundle.briefs.size(), parse_ms, build_ms[0],
      *std::min_element(build_ms.begin() + 1, build_ms.end()), build_cpu_ms[0],
      *std::min_element(build_cpu_ms.begin() + 1, build_cpu_ms.end()), index.memory_bytes(),
      bundle_bytes(bundle), rss_before_index, runs);
  out = out + ",\"file\":" + br::json_quote(path) + buf;
  // Every warm build too, for a report that pools the builds of several runs of this tool.
  out += ",\"build_warm_ms\":[";
  for (size_t i = 1; i < build_ms.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%s%.3f", i > 1 ? "," : "", build_ms[i]);
    out += buf;
  }
  out += "],\"queries\":[";
  for (size_t qi = 0; qi < queries.size(); ++qi) {
    const auto& [name, text] = queries[qi];
    std::vector<double> times, ranked_times;
    size_t hits = 0, groups = 0;
    for (int run = 0; run < runs; ++run) {
      t = std::chrono::steady_clock::now();
      const br::Query q = br::parse_query(text + " ");  // typed out: no implicit prefix
      const br::SearchResult r = br::run_search(index, bundle, q);
      times.push_back(ms_since(t));
      hits = r.total;
      groups = r.groups.size();
    }
    br::SearchOptions best;
    best.best_match = true;
    for (int run = 0; run < std::max(1, runs / 4); ++run) {
      t = std::chrono::steady_clock::now();
      const br::SearchResult r = br::run_search(index, bundle, br::parse_query(text + " "), best);
      ranked_times.push_back(ms_since(t));
    }
    std::snprintf(buf, sizeof buf,
                  ",\"hits\":%zu,\"day_groups\":%zu,\"p50_ms\":%.4f,\"p95_ms\":%.4f,"
                  "\"best_match_p50_ms\":%.4f,\"best_match_p95_ms\":%.4f}",
                  hits, groups, percentile(times, 0.5), percentile(times, 0.95),
                  percentile(ranked_times, 0.5), percentile(ranked_times, 0.95));
    out += qi ? ",{" : "{";
    out += "\"class\":" + br::json_quote(name) + ",\"query\":" + br::json_quote(text) + buf;
  }
  std::snprintf(buf, sizeof buf, "],\"peak_rss_bytes\":%.0f}\n", peak_rss_bytes());
  out += buf;
  std::fputs(out.c_str(), stdout);
  return 0;
}
