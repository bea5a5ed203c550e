// Query matching for the reader's filter box: every word of the query must appear somewhere in
// the brief. ASCII letters match regardless of case; other bytes (accents, curly quotes) must
// match exactly, which is enough for a first version and never mangles UTF-8.
#include "search.h"

namespace br {
namespace {

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool contains_ignoring_case(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  const size_t last = haystack.size() - needle.size();
  for (size_t i = 0; i <= last; ++i) {
    if (lower(haystack[i]) != lower(needle[0])) continue;
    size_t k = 1;
    while (k < needle.size() && lower(haystack[i + k]) == lower(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool brief_contains(const Bundle& bundle, const Brief& brief, std::string_view word) {
  if (contains_ignoring_case(brief.title, word) || contains_ignoring_case(brief.source, word) ||
      contains_ignoring_case(brief.dateline, word))
    return true;
  for (std::string_view paragraph : bundle.body(brief))
    if (contains_ignoring_case(paragraph, word)) return true;
  return false;
}

}  // namespace

bool brief_matches(const Bundle& bundle, const Brief& brief, std::string_view query) {
  size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && is_space(query[i])) ++i;
    const size_t start = i;
    while (i < query.size() && !is_space(query[i])) ++i;
    if (start == i) break;
    if (!brief_contains(bundle, brief, query.substr(start, i - start))) return false;
  }
  return true;
}

}  // namespace br
