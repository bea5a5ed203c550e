// Set operations on sorted document lists, the inner loops of query evaluation: intersection
// (galloping when one side is much shorter), difference, union, and a bitmap for unions of many
// lists (prefix ranges). Private to the search engine.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace br {

using DocList = std::vector<uint32_t>;
using DocSpan = std::span<const uint32_t>;

// First index i >= from with list[i] >= value (list.size() when none), by exponential search.
size_t gallop(DocSpan list, size_t from, uint32_t value);

// a = a ∩ b, in place, keeping only b's entries whose meta byte shares a bit with mask when
// b_meta is not empty.
void intersect(DocList& a, DocSpan b, std::span<const uint8_t> b_meta, uint8_t mask);
void subtract(DocSpan a, DocSpan b, DocList& out);  // out = a \ b
void unite(DocSpan a, DocSpan b, DocList& out);     // out = a ∪ b

// The part of a sorted list within [lo, hi), as an index range.
struct SpanRange {
  size_t begin, end;
};
SpanRange clip(DocSpan docs, uint32_t lo, uint32_t hi);

// A set of documents in [lo, hi), for unions of many lists.
class DocBitmap {
 public:
  DocBitmap(uint32_t lo, uint32_t hi) : lo_(lo), words_(hi > lo ? (hi - lo + 63) / 64 : 0, 0) {}
  void add(uint32_t doc) { words_[(doc - lo_) >> 6] |= uint64_t{1} << ((doc - lo_) & 63); }
  bool has(uint32_t doc) const { return (words_[(doc - lo_) >> 6] >> ((doc - lo_) & 63)) & 1; }
  void collect(DocList& out) const;

 private:
  uint32_t lo_;
  std::vector<uint64_t> words_;
};

}  // namespace br
