// Resolving query terms to postings: a word to its term, a prefix to its range of terms, an
// unspaced-script substring to the postings of its characters or character pairs; and reading
// those postings within a document range or among candidates, filtered by field.
#include "search_terms.h"

#include <algorithm>

#include "tokenize.h"

namespace br {

uint8_t field_mask(Field f) {
  switch (f) {
    case Field::kTitle:
      return kInTitle;
    case Field::kSource:
      return kInSource;
    case Field::kDateline:
      return kInDateline;
    case Field::kAny:
    case Field::kTag:
      break;
  }
  return kInAnyField;
}

ResolvedTerm resolve_term(const SearchIndex& ix, const QueryTerm& t, Field field) {
  ResolvedTerm r;
  std::string key = field == Field::kTag ? std::string(1, kTagKey) : std::string();
  if (t.unspaced) {
    const size_t cps = utf8_length(t.text);
    r.kind = ResolvedTerm::kGrams;
    r.exact = cps <= 2;
    size_t i = 0;
    while (i < t.text.size()) {
      size_t j = i + 1;
      while (j < t.text.size() && (static_cast<unsigned char>(t.text[j]) & 0xC0) == 0x80) ++j;
      size_t k = j + (j < t.text.size() ? 1 : 0);
      while (k < t.text.size() && (static_cast<unsigned char>(t.text[k]) & 0xC0) == 0x80) ++k;
      if (cps == 1 || k > j) {
        std::string g = key + (cps == 1 ? kUnigramKey : kBigramKey);
        g.append(t.text, i, (cps == 1 ? j : k) - i);
        const int64_t id = ix.find(g);
        if (id < 0) return ResolvedTerm{};
        r.grams.push_back(static_cast<uint32_t>(id));
      }
      if (cps == 1) break;
      i = j;
      if (k >= t.text.size()) break;
    }
    std::sort(r.grams.begin(), r.grams.end(), [&ix](uint32_t a, uint32_t b) {
      return ix.df(a) != ix.df(b) ? ix.df(a) < ix.df(b) : a < b;
    });
    r.grams.erase(std::unique(r.grams.begin(), r.grams.end()), r.grams.end());
    r.cost = r.grams.empty() ? 0 : ix.df(r.grams[0]);
    return r;
  }
  key += t.text;
  if (t.prefix) {
    r.range = ix.prefix_range(key);
    if (r.range.empty()) return ResolvedTerm{};
    r.kind = ResolvedTerm::kRange;
    r.cost = ix.docs_in(r.range.begin, r.range.end).size();
    return r;
  }
  const int64_t id = ix.find(key);
  if (id < 0) return ResolvedTerm{};
  r.kind = ResolvedTerm::kTerm;
  r.term = static_cast<uint32_t>(id);
  r.cost = ix.df(r.term);
  return r;
}

namespace {

// Whether r's postings are one term's (a prefix matching only one term is that term), and which.
bool single_term(const ResolvedTerm& r, uint32_t& term) {
  term = r.kind == ResolvedTerm::kTerm ? r.term : r.range.begin;
  return r.kind == ResolvedTerm::kTerm ||
         (r.kind == ResolvedTerm::kRange && r.range.end == r.range.begin + 1);
}

// The documents in [lo, hi) of a prefix's terms, as a bitmap.
DocBitmap range_docs(const SearchIndex& ix, TermRange range, uint8_t mask, uint32_t lo,
                     uint32_t hi) {
  DocBitmap bits(lo, hi);
  for (uint32_t t = range.begin; t < range.end; ++t) {
    const SpanRange s = clip(ix.docs(t), lo, hi);
    const DocSpan docs = ix.docs(t);
    const auto meta = ix.meta(t);
    for (size_t i = s.begin; i < s.end; ++i)
      if (meta[i] & mask) bits.add(docs[i]);
  }
  return bits;
}

// One character or pair of an unspaced substring, as a term of its own.
ResolvedTerm gram(uint32_t term) {
  ResolvedTerm one;
  one.kind = ResolvedTerm::kTerm;
  one.term = term;
  return one;
}

}  // namespace

DocList term_docs(const SearchIndex& ix, const ResolvedTerm& r, uint8_t mask, uint32_t lo,
                  uint32_t hi) {
  DocList out;
  uint32_t t;
  if (single_term(r, t)) {
    const SpanRange s = clip(ix.docs(t), lo, hi);
    const DocSpan docs = ix.docs(t).subspan(s.begin, s.end - s.begin);
    // Every posting has a field bit (tags count as body), so any field is the list as it is.
    if (mask == kInAnyField) return DocList(docs.begin(), docs.end());
    const auto meta = ix.meta(t).subspan(s.begin, s.end - s.begin);
    out.reserve(docs.size());
    for (size_t i = 0; i < docs.size(); ++i)
      if (meta[i] & mask) out.push_back(docs[i]);
    return out;
  }
  if (r.kind == ResolvedTerm::kRange) {
    range_docs(ix, r.range, mask, lo, hi).collect(out);
    return out;
  }
  if (r.kind == ResolvedTerm::kGrams && !r.grams.empty()) {
    out = term_docs(ix, gram(r.grams[0]), mask, lo, hi);
    for (size_t g = 1; g < r.grams.size() && !out.empty(); ++g)
      keep_term_docs(ix, gram(r.grams[g]), mask, out);
  }
  return out;
}

void keep_term_docs(const SearchIndex& ix, const ResolvedTerm& r, uint8_t mask, DocList& cands) {
  if (cands.empty()) return;
  const uint32_t lo = cands.front(), hi = cands.back() + 1;
  uint32_t t;
  if (single_term(r, t)) {
    const SpanRange s = clip(ix.docs(t), lo, hi);
    const auto meta = ix.meta(t).subspan(s.begin, s.end - s.begin);
    intersect(cands, ix.docs(t).subspan(s.begin, s.end - s.begin),
              mask == kInAnyField ? std::span<const uint8_t>() : meta, mask);
    return;
  }
  if (r.kind == ResolvedTerm::kRange) {
    const DocBitmap bits = range_docs(ix, r.range, mask, lo, hi);
    size_t n = 0;
    for (uint32_t d : cands)
      if (bits.has(d)) cands[n++] = d;
    cands.resize(n);
    return;
  }
  if (r.kind == ResolvedTerm::kGrams && !r.grams.empty()) {
    for (size_t g = 0; g < r.grams.size() && !cands.empty(); ++g)
      keep_term_docs(ix, gram(r.grams[g]), mask, cands);
    return;
  }
  cands.clear();
}

}  // namespace br
