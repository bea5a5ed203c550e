// Lookups in a built index: terms by binary search over the sorted dictionary, date ranges by
// binary search over the documents' days, positions by decoding from the nearest skip entry.
#include "search_index.h"

#include <algorithm>
#include <utility>

namespace br {

TermRange SearchIndex::docs_between(DayNumber first, DayNumber last) const {
  // doc_day_ is descending, with kUndated (the smallest) at the end.
  const auto b = std::partition_point(doc_day_.begin(), doc_day_.end(),
                                      [last](DayNumber d) { return d > last; });
  const auto e = std::partition_point(b, doc_day_.end(),
                                      [first](DayNumber d) { return d >= first && d != kUndated; });
  return {static_cast<uint32_t>(b - doc_day_.begin()), static_cast<uint32_t>(e - doc_day_.begin())};
}

uint32_t SearchIndex::piece_of(std::string_view key) const {
  const auto& first = coverage_->first_terms;
  const auto it = std::upper_bound(first.begin(), first.end(), key,
                                   [](std::string_view k, const std::string& f) { return k < f; });
  return it == first.begin() ? 0 : static_cast<uint32_t>(it - first.begin() - 1);
}

void SearchIndex::want_text(uint32_t doc) const {
  if (coverage_) coverage_->wanted_docs.push_back(doc);
}

namespace {
std::vector<uint32_t> take_sorted(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return std::exchange(v, {});
}
}  // namespace

std::vector<uint32_t> SearchIndex::take_wanted_pieces() const {
  return coverage_ ? take_sorted(coverage_->wanted_pieces) : std::vector<uint32_t>{};
}

std::vector<uint32_t> SearchIndex::take_wanted_docs() const {
  return coverage_ ? take_sorted(coverage_->wanted_docs) : std::vector<uint32_t>{};
}

int64_t SearchIndex::find(std::string_view key) const {
  if (coverage_) {
    const uint32_t piece = piece_of(key);
    if (!coverage_->loaded[piece]) coverage_->wanted_pieces.push_back(piece);
  }
  const TermRange r = find_range(key);
  if (r.empty() || term(r.begin) != key) return -1;
  return r.begin;  // the shortest term with this prefix is the key itself, when present
}

TermRange SearchIndex::prefix_range(std::string_view prefix) const {
  if (coverage_) {
    // Every piece that can hold a term starting with prefix: from the one holding prefix up to
    // the last whose first term is below every such term's end.
    const auto& first = coverage_->first_terms;
    for (uint32_t p = piece_of(prefix); p < first.size(); ++p) {
      if (p > 0 && first[p] > prefix && first[p].compare(0, prefix.size(), prefix) != 0) break;
      if (!coverage_->loaded[p]) coverage_->wanted_pieces.push_back(p);
    }
  }
  return find_range(prefix);
}

TermRange SearchIndex::find_range(std::string_view prefix) const {
  uint32_t lo = 0, hi = term_count();
  while (lo < hi) {  // first term >= prefix
    const uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid) < prefix)
      lo = mid + 1;
    else
      hi = mid;
  }
  const uint32_t begin = lo;
  hi = term_count();
  while (lo < hi) {  // first term not starting with prefix
    const uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid).substr(0, prefix.size()) == prefix)
      lo = mid + 1;
    else
      hi = mid;
  }
  return {begin, lo};
}

namespace {

// Skips `count` postings' positions: each posting ends with a varint whose low bit is set.
const uint8_t* skip_postings(const uint8_t* p, uint32_t count) {
  while (count > 0) {
    const bool last = (*p & 1) != 0;
    while (*p & 0x80) ++p;
    ++p;
    if (last) --count;
  }
  return p;
}

}  // namespace

void SearchIndex::positions(uint32_t term, uint32_t k, std::vector<uint32_t>& out) const {
  PositionReader(*this, term).read(k, out);
}

const uint8_t* SearchIndex::PositionReader::seek(uint32_t k) {
  if (!ix_->has_positions(term_)) return nullptr;
  if (!at_ || k < next_ || k / 16 > next_ / 16) {
    at_ = ix_->positions_.data() + ix_->skips_[ix_->skip_offsets_[term_] + k / 16];
    next_ = k - k % 16;
  }
  return skip_postings(at_, k - next_);
}

size_t SearchIndex::memory_bytes() const {
  auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  return sizeof(*this) + bytes(doc_brief_) + bytes(brief_doc_) + bytes(doc_day_) + bytes(bounds_) +
         bytes(length_) + term_bytes_.capacity() + bytes(term_offsets_) + bytes(posting_offsets_) +
         bytes(docs_) + bytes(meta_) + bytes(skip_offsets_) + bytes(skips_) + bytes(positions_);
}

}  // namespace br
