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

namespace {

// The linear intersection for lists of similar length, where which side advances is a coin
// toss: branch-free, so mispredictions do not dominate. Writes a's survivors over a (never
// ahead of the read position); returns how many there are.
template <bool kFilter>
size_t merge_in_place(DocList& a, DocSpan b, std::span<const uint8_t> b_meta, uint8_t mask) {
  uint32_t* out = a.data();
  const size_t a_size = a.size(), b_size = b.size();
  size_t i = 0, j = 0, n = 0;
  while (i < a_size && j < b_size) {
    const uint32_t x = out[i], y = b[j];
    out[n] = x;
    n += (x == y) & (!kFilter || (b_meta[j] & mask) != 0);
    i += x <= y;
    j += y <= x;
  }
  return n;
}

}  // namespace

void intersect(DocList& a, DocSpan b, std::span<const uint8_t> b_meta, uint8_t mask) {
  const bool filter = !b_meta.empty();
  size_t n = 0;
  if (a.size() * 8 < b.size()) {
    size_t j = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      const uint32_t d = a[i];
      j = gallop(b, j, d);
      if (j == b.size()) break;
      if (b[j] == d && (!filter || (b_meta[j] & mask))) a[n++] = d;
    }
  } else if (b.size() * 8 < a.size()) {
    size_t i = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      i = gallop(a, i, b[j]);
      if (i == a.size()) break;
      if (a[i] == b[j] && (!filter || (b_meta[j] & mask))) a[n++] = b[j];
    }
  } else {
    n = filter ? merge_in_place<true>(a, b, b_meta, mask)
               : merge_in_place<false>(a, b, b_meta, mask);
  }
  a.resize(n);
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
