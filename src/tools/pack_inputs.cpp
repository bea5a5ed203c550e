// Reading and loading brief-pack's inputs, and reporting what the loaders said about them.
// Kept apart from the command line so brief_pack.cpp only decides what to do.
#include "pack_inputs.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>

#include "date.h"
#include "diagnostic.h"
#include "digest.h"

namespace pack {
namespace {

// "Iran Focus digest, February 2017": the most common source and the newest brief's month;
// the file name when the digest has neither.
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

}  // namespace

bool is_digest_path(const std::string& path) {
  return path.size() >= 4 && path.compare(path.size() - 4, 4, ".txt") == 0;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return bytes;
}

br::LoadResult load_input(const std::string& path, const std::string& bytes, int year,
                          const std::string& title) {
  if (!is_digest_path(path)) return br::parse_bundle(br::PaddedBytes::copy_of(bytes));
  br::LoadResult result = br::parse_digest(bytes, year, title);
  if (result.ok && title.empty())
    result.bundle.title = result.bundle.text.store(default_title(result.bundle, path));
  return result;
}

size_t report_diagnostics(const std::string& path, const br::LoadResult& result) {
  size_t errors = 0, warnings = 0;
  for (const br::Diagnostic& d : result.diagnostics) {
    std::fprintf(stderr, "%s: %s\n", path.c_str(), br::format_diagnostic(d).c_str());
    ++(d.is_error() ? errors : warnings);
  }
  if (!result.ok && errors == 0) ++errors;  // never happens, but a failed load is an error
  std::fprintf(stderr, "%s: %zu brief%s, %zu error%s, %zu warning%s\n", path.c_str(),
               result.bundle.briefs.size(), result.bundle.briefs.size() == 1 ? "" : "s", errors,
               errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  return errors;
}

}  // namespace pack
