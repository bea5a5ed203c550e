// brief-pack: turns a plain-text digest into a bundle (or normalises a bundle), and checks
// bundles the way the reader would load them. It links only the core library, so what it
// accepts and reports is exactly what the reader accepts and reports.
//
//   brief-pack DIGEST.txt --year 2017 [--title T] [-o OUT.json]
//   brief-pack BUNDLE.json [-o OUT.json]
//   brief-pack --check FILE.json [--year 2017]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "bundle_json.h"
#include "date.h"
#include "diagnostic.h"
#include "digest.h"
#include "parse.h"

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  brief-pack DIGEST.txt --year YEAR [--title TITLE] [-o OUT.json]\n"
    "  brief-pack BUNDLE.json [-o OUT.json]\n"
    "  brief-pack --check FILE.json|FILE.txt [--year YEAR]\n";

struct Options {
  std::string input;
  std::string output;  // empty: standard output
  std::string title;
  std::optional<int> year;
  bool check = false;
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::optional<Options> parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--check") {
      o.check = true;
    } else if ((arg == "-o" || arg == "--output") && has_value) {
      o.output = argv[++i];
    } else if (arg == "--title" && has_value) {
      o.title = argv[++i];
    } else if (arg == "--year" && has_value) {
      char* end = nullptr;
      const long year = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || year < 1 || year > 9999) return std::nullopt;
      o.year = static_cast<int>(year);
    } else if (!arg.empty() && arg[0] != '-' && o.input.empty()) {
      o.input = std::string(arg);
    } else {
      return std::nullopt;
    }
  }
  if (o.input.empty()) return std::nullopt;
  return o;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// "Iran Focus digest, February 2017": the most common source and the newest brief's month.
std::string default_title(const br::Bundle& bundle, const std::string& path) {
  std::map<std::string_view, int> counts;
  br::DayNumber newest = br::kUndated;
  for (const br::Brief& b : bundle.briefs) {
    if (!b.source.empty()) ++counts[b.source];
    if (b.day > newest) newest = b.day;
  }
  std::string_view source;
  int best = 0;
  for (const auto& [name, count] : counts) {
    if (count > best) {
      best = count;
      source = name;
    }
  }
  if (source.empty() || newest == br::kUndated) {
    const size_t slash = path.find_last_of('/');
    return path.substr(slash == std::string::npos ? 0 : slash + 1);
  }
  // "Monday, 20 February 2017" -> "February 2017"
  const std::string long_date = br::format_long_date(newest);
  const size_t month = long_date.find(' ', long_date.find(' ') + 1);
  return std::string(source) + " digest, " + long_date.substr(month + 1);
}

br::LoadResult load(const Options& o, const std::string& bytes) {
  if (ends_with(o.input, ".txt")) return br::parse_digest(bytes, o.year.value_or(0), o.title);
  return br::parse_bundle(br::PaddedBytes::copy_of(bytes));
}

int report(const Options& o, const br::LoadResult& result) {
  size_t errors = 0, warnings = 0;
  for (const br::Diagnostic& d : result.diagnostics) {
    std::fprintf(stderr, "%s: %s\n", o.input.c_str(), br::format_diagnostic(d).c_str());
    ++(d.is_error() ? errors : warnings);
  }
  std::fprintf(stderr, "%s: %zu briefs, %zu error%s, %zu warning%s\n", o.input.c_str(),
               result.bundle.briefs.size(), errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
  return errors > 0 || !result.ok ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::optional<Options> options = parse_args(argc, argv);
  if (!options) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const Options& o = *options;
  if (ends_with(o.input, ".txt") && !o.year) {
    std::fprintf(stderr, "brief-pack: %s is a digest; say which year its dates are in (--year)\n",
                 o.input.c_str());
    return 2;
  }
  const std::optional<std::string> bytes = read_file(o.input);
  if (!bytes) {
    std::fprintf(stderr, "brief-pack: cannot read %s\n", o.input.c_str());
    return 1;
  }
  br::LoadResult result = load(o, *bytes);
  const int status = report(o, result);
  if (o.check || status != 0) return status;

  if (ends_with(o.input, ".txt") && o.title.empty())
    result.bundle.title = result.bundle.text.store(default_title(result.bundle, o.input));
  const std::string json = br::write_bundle_json(result.bundle);
  if (o.output.empty()) {
    std::fwrite(json.data(), 1, json.size(), stdout);
    return 0;
  }
  std::ofstream out(o.output, std::ios::binary);
  out.write(json.data(), static_cast<std::streamsize>(json.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "brief-pack: cannot write %s\n", o.output.c_str());
    return 1;
  }
  return 0;
}
