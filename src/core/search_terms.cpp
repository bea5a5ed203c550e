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

DocList term_docs(const SearchIndex& ix, const ResolvedTerm& r, uint8_t mask, const DocList* cands,
                  uint32_t lo, uint32_t hi) {
  DocList out;
  if (r.kind == ResolvedTerm::kTerm ||
      (r.kind == ResolvedTerm::kRange && r.range.end == r.range.begin + 1)) {
    const uint32_t t = r.kind == ResolvedTerm::kTerm ? r.term : r.range.begin;
    const SpanRange s = clip(ix.docs(t), lo, hi);
    const DocSpan docs = ix.docs(t).subspan(s.begin, s.end - s.begin);
    const auto meta = ix.meta(t).subspan(s.begin, s.end - s.begin);
    if (cands) {
      intersect(*cands, docs, mask == kInAnyField ? std::span<const uint8_t>() : meta, mask, out);
      return out;
    }
    out.reserve(docs.size());
    for (size_t i = 0; i < docs.size(); ++i)
      if (meta[i] & mask) out.push_back(docs[i]);
    return out;
  }
  if (r.kind == ResolvedTerm::kRange) {
    DocBitmap bits(lo, hi);
    for (uint32_t t = r.range.begin; t < r.range.end; ++t) {
      const SpanRange s = clip(ix.docs(t), lo, hi);
      const DocSpan docs = ix.docs(t);
      const auto meta = ix.meta(t);
      for (size_t i = s.begin; i < s.end; ++i)
        if (meta[i] & mask) bits.add(docs[i]);
    }
    if (!cands) {
      bits.collect(out);
      return out;
    }
    for (uint32_t d : *cands)
      if (bits.has(d)) out.push_back(d);
    return out;
  }
  if (r.kind == ResolvedTerm::kGrams) {
    DocList next;
    for (size_t g = 0; g < r.grams.size(); ++g) {
      ResolvedTerm one;
      one.kind = ResolvedTerm::kTerm;
      one.term = r.grams[g];
      next = term_docs(ix, one, mask, g == 0 ? cands : &out, lo, hi);
      out.swap(next);
      if (out.empty()) break;
    }
  }
  return out;
}

}  // namespace br
