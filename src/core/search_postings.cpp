// Sorted-list operations for query evaluation. Intersections walk the shorter list and gallop
// through the longer one, so a rare word AND a common word costs about the rare word's length.
#include "search_postings.h"

#include <algorithm>
#include <bit>
#include <iterator>

namespace br {

size_t gallop(DocSpan list, size_t from, uint32_t value) {
  size_t step = 1, lo = from, hi = from;
  while (hi < list.size() && list[hi] < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > list.size()) hi = list.size();
  return static_cast<size_t>(std::lower_bound(list.begin() + lo, list.begin() + hi, value) -
                             list.begin());
}

void intersect(DocSpan a, DocSpan b, std::span<const uint8_t> b_meta, uint8_t mask, DocList& out) {
  out.clear();
  const bool filter = !b_meta.empty();
  if (a.size() * 8 < b.size()) {
    size_t j = 0;
    for (uint32_t d : a) {
      j = gallop(b, j, d);
      if (j == b.size()) break;
      if (b[j] == d && (!filter || (b_meta[j] & mask))) out.push_back(d);
    }
  } else if (b.size() * 8 < a.size()) {
    size_t i = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      i = gallop(a, i, b[j]);
      if (i == a.size()) break;
      if (a[i] == b[j] && (!filter || (b_meta[j] & mask))) out.push_back(b[j]);
    }
  } else {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        if (!filter || (b_meta[j] & mask)) out.push_back(a[i]);
        ++i;
        ++j;
      }
    }
  }
}

void subtract(DocSpan a, DocSpan b, DocList& out) {
  out.clear();
  size_t j = 0;
  for (uint32_t d : a) {
    if (j < b.size() && b[j] < d) j = gallop(b, j, d);
    if (j < b.size() && b[j] == d) continue;
    out.push_back(d);
  }
}

void unite(DocSpan a, DocSpan b, DocList& out) {
  out.clear();
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
}

SpanRange clip(DocSpan docs, uint32_t lo, uint32_t hi) {
  const auto b = std::lower_bound(docs.begin(), docs.end(), lo);
  const auto e = std::lower_bound(b, docs.end(), hi);
  return {static_cast<size_t>(b - docs.begin()), static_cast<size_t>(e - docs.begin())};
}

void DocBitmap::collect(DocList& out) const {
  out.clear();
  for (size_t w = 0; w < words_.size(); ++w) {
    uint64_t bits = words_[w];
    while (bits) {
      out.push_back(lo_ +
                    static_cast<uint32_t>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
      bits &= bits - 1;
    }
  }
}

}  // namespace br
