// Highlight ranges and snippets. Matching is text_match.h's, so what is marked is exactly what
// the search counted as a match; the snippet cutter only adds word-boundary cuts and ellipses.
#include "highlight.h"

#include <algorithm>

namespace br {
namespace {

bool applies(Field leaf, TextField text) {
  switch (leaf) {
    case Field::kAny:
      return text != TextField::kTag;
    case Field::kTitle:
      return text == TextField::kTitle;
    case Field::kSource:
      return text == TextField::kSource;
    case Field::kDateline:
      return text == TextField::kDateline;
    case Field::kTag:
      return text == TextField::kTag;
  }
  return false;
}

void collect(const Query& q, uint32_t node, bool negated, TextField field, const TextTokens& text,
             std::vector<ByteRange>& out) {
  const QueryNode& n = q.nodes[node];
  if (n.kind == QueryNode::kNot) negated = !negated;
  for (uint32_t c : n.children) collect(q, c, negated, field, text, out);
  if (n.kind == QueryNode::kMatch && !negated && applies(n.field, field)) match_text(n, text, &out);
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_continuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// Without a match to show, a brief whose title was made from its lede continues where the title
// stopped (or shows the next paragraph when the title took a whole one).
Snippet after_derived_title(const Bundle& bundle, const Brief& b, size_t max_bytes) {
  Snippet s;
  const auto body = bundle.body(b);
  size_t words = 0;  // the title's words (derive_title joins the lede's words with one space)
  for (size_t i = 0; i < b.title.size();) {
    while (i < b.title.size() && is_space(b.title[i])) ++i;
    if (i < b.title.size()) ++words;
    while (i < b.title.size() && !is_space(b.title[i])) ++i;
  }
  size_t p = 0, at = 0;
  for (; p < body.size(); ++p, at = 0) {
    const std::string_view text = body[p];
    for (size_t w = 0; w < words && at < text.size(); ++w) {
      while (at < text.size() && is_space(text[at])) ++at;
      while (at < text.size() && !is_space(text[at])) ++at;
    }
    while (at < text.size() && is_space(text[at])) ++at;
    if (at < text.size()) break;
    words = 0;  // the title took this whole paragraph: the next one starts afresh
  }
  if (p == body.size()) return s;
  const std::string_view text = body[p];
  size_t end = std::min(text.size(), at + max_bytes);
  if (end < text.size()) {
    size_t cut = end;
    while (cut > at && !is_space(text[cut])) --cut;  // back to a word end
    if (cut > at) end = cut;
    while (is_continuation(text, end)) --end;
  }
  s.paragraph = static_cast<int32_t>(p);
  if (at > 0) s.text = "…";
  s.text.append(text.substr(at, end - at));
  if (end < text.size()) s.text += "…";
  return s;
}

}  // namespace

std::vector<ByteRange> match_ranges(const Query& query, std::string_view text, TextField field) {
  std::vector<ByteRange> ranges;
  if (query.root < 0 || text.empty()) return ranges;
  collect(query, static_cast<uint32_t>(query.root), false, field, TextTokens(text), ranges);
  std::sort(ranges.begin(), ranges.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> merged;
  for (const ByteRange& r : ranges) {
    if (!merged.empty() && r.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, r.end);
    else
      merged.push_back(r);
  }
  return merged;
}

Snippet make_snippet(const Query& query, const Bundle& bundle, const Brief& brief,
                     size_t max_bytes) {
  Snippet s;
  const auto body = bundle.body(brief);
  if (body.empty()) return s;
  std::vector<ByteRange> ranges;
  size_t p = 0;
  for (; p < body.size(); ++p) {
    ranges = match_ranges(query, body[p], TextField::kBody);
    if (!ranges.empty()) break;
  }
  if (p == body.size()) {
    if (brief.title_derived) return after_derived_title(bundle, brief, max_bytes);
    p = 0;
  }
  const std::string_view text = body[p];
  s.paragraph = static_cast<int32_t>(p);

  // Start a little before the first match, at a word start.
  size_t start = 0;
  if (!ranges.empty()) {
    const size_t lead = max_bytes / 4;
    const size_t first = ranges[0].begin;
    if (first > lead) {
      start = first - lead;
      while (start < first && !is_space(text[start - 1])) ++start;  // to the next word start
      if (start == first && first > 0) {  // one long word before the match: cut inside it
        start = first - lead;
        while (is_continuation(text, start)) ++start;
      }
    }
  }
  size_t end = std::min(text.size(), start + max_bytes);
  if (end < text.size()) {
    size_t cut = end;
    while (cut > start && !is_space(text[cut])) --cut;  // back to a word end
    const size_t must_show = ranges.empty() ? start : ranges[0].end;
    if (cut > start && cut >= must_show) end = cut;
    while (is_continuation(text, end)) --end;
  }
  const bool cut_back = end < text.size();
  // "province,…" reads badly: drop spaces and a dangling comma before a cut.
  const size_t keep = ranges.empty() ? start : std::min<size_t>(ranges[0].end, end);
  while (end > keep &&
         (is_space(text[end - 1]) ||
          (cut_back && (text[end - 1] == ',' || text[end - 1] == ';' || text[end - 1] == ':'))))
    --end;
  const bool cut_front = start > 0;
  if (cut_front) s.text = "…";
  const uint32_t shift = static_cast<uint32_t>(s.text.size());
  s.text.append(text.substr(start, end - start));
  if (cut_back) s.text += "…";
  for (const ByteRange& r : ranges) {
    if (r.end <= start || r.begin >= end) continue;
    const uint32_t b = static_cast<uint32_t>(std::max<size_t>(r.begin, start) - start) + shift;
    const uint32_t e = static_cast<uint32_t>(std::min<size_t>(r.end, end) - start) + shift;
    s.highlights.push_back({b, e});
  }
  return s;
}

}  // namespace br
