// The search index, built once per bundle load (for 100,000 briefs in wasm on this project's
// two-core machine: 0.82-0.93 s at best, 1.3-2.3 s the first time in a process, when
// every page of its memory is new; see docs/performance.md) so that no query scans all text.
//
// Documents are the briefs in display order: newest day first, input order within a day,
// undated last. So posting lists come out already sorted for the day groups, and a date filter
// is a contiguous range of documents.
//
// The dictionary is the sorted list of terms; each term has a posting list (sorted document ids
// and one meta byte per posting: which fields it occurs in and how often), and word terms also
// have positions (delta varints, skip entries every 16 postings) for phrases. Term keys:
//   word               a folded word of title, body, source or dateline ("gerard")
//   \x02 + 1 char      a code point of an unspaced-script run (Arabic, CJK...)
//   \x03 + 2 chars     two consecutive code points of such a run (substring search: the
//                      bigrams of a query narrow the candidates, which are then verified)
//   \x01 + any above   the same, from tags
// Positions number a brief's tokens: source, dateline, title, then each paragraph, with one
// unused position between fields and paragraphs so a phrase never spans two of them.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "raw_vector.h"

namespace br {

class SearchIndexBuilder;

// Meta byte of a posting.
inline constexpr uint8_t kTfMask = 0x0F;  // occurrences in title + body, at most 15
inline constexpr uint8_t kInTitle = 0x10;
inline constexpr uint8_t kInBody = 0x20;
inline constexpr uint8_t kInSource = 0x40;
inline constexpr uint8_t kInDateline = 0x80;
inline constexpr uint8_t kInAnyField = 0xF0;

inline constexpr char kTagKey = '\x01';
inline constexpr char kUnigramKey = '\x02';
inline constexpr char kBigramKey = '\x03';

struct TermRange {
  uint32_t begin = 0, end = 0;  // term ids
  bool empty() const { return begin >= end; }
};

struct DocBounds {
  uint32_t source_end = 0;    // positions [0, source_end) are the source
  uint32_t dateline_end = 0;  // [source_end + 1, dateline_end) the dateline
  uint32_t title_end = 0;     // [dateline_end + 1, title_end) the title; the body follows
};

class SearchIndex {
 public:
  static SearchIndex build(const Bundle& bundle);

  uint32_t doc_count() const { return static_cast<uint32_t>(doc_brief_.size()); }
  uint32_t brief_of(uint32_t doc) const { return doc_brief_[doc]; }
  uint32_t doc_of(uint32_t brief) const { return brief_doc_[brief]; }
  DayNumber day_of(uint32_t doc) const { return doc_day_[doc]; }
  const DocBounds& bounds(uint32_t doc) const { return bounds_[doc]; }
  uint32_t length(uint32_t doc) const { return length_[doc]; }  // title + body words
  double average_length() const { return average_length_; }
  // Documents dated first..last (inclusive) as [begin, end); undated ones never are.
  TermRange docs_between(DayNumber first, DayNumber last) const;

  uint32_t term_count() const { return static_cast<uint32_t>(term_offsets_.size() - 1); }
  std::string_view term(uint32_t id) const {
    return std::string_view(term_bytes_)
        .substr(term_offsets_[id], term_offsets_[id + 1] - term_offsets_[id]);
  }
  // The id of a term, or -1.
  int64_t find(std::string_view key) const;
  // Terms starting with prefix (all terms for an empty prefix).
  TermRange prefix_range(std::string_view prefix) const;

  // Postings of a term, or of a range of terms (contiguous: terms are laid out in order).
  uint32_t posting_begin(uint32_t term) const { return posting_offsets_[term]; }
  std::span<const uint32_t> docs(uint32_t term) const { return docs_in(term, term + 1); }
  std::span<const uint32_t> docs_in(uint32_t begin, uint32_t end) const {
    return {docs_.data() + posting_offsets_[begin],
            posting_offsets_[end] - posting_offsets_[begin]};
  }
  std::span<const uint8_t> meta(uint32_t term) const {
    return {meta_.data() + posting_offsets_[term],
            posting_offsets_[term + 1] - posting_offsets_[term]};
  }
  uint32_t df(uint32_t term) const { return posting_offsets_[term + 1] - posting_offsets_[term]; }
  bool has_positions(uint32_t term) const { return skip_offsets_[term] != kNoSkip; }
  // Positions of the term's k-th posting, ascending, into out (cleared first).
  void positions(uint32_t term, uint32_t k, std::vector<uint32_t>& out) const;

  // Reads the positions of one term's postings in increasing posting order, decoding forward
  // from where the last read stopped (or from the nearest skip entry when that is closer).
  class PositionReader {
   public:
    PositionReader(const SearchIndex& index, uint32_t term) : ix_(&index), term_(term) {}
    void read(uint32_t k, std::vector<uint32_t>& out) {
      out.clear();
      visit(k, [&out](uint32_t pos) { out.push_back(pos); });
    }
    // Calls f(position) for each position of the k-th posting, ascending, without a vector.
    template <typename F>
    void visit(uint32_t k, F&& f) {
      const uint8_t* p = seek(k);
      if (!p) return;
      uint32_t pos = 0;
      for (;;) {
        uint32_t v = *p++;
        if (v & 0x80) v = rest_of_varint(v, p);  // deltas of 64 and more
        pos += v >> 1;
        f(pos);
        if (v & 1) break;
      }
      at_ = p;
      next_ = k + 1;
    }

   private:
    const uint8_t* seek(uint32_t k);  // the k-th posting's first byte, or null: no positions
    static uint32_t rest_of_varint(uint32_t v, const uint8_t*& p) {
      v &= 0x7F;
      for (int shift = 7;; shift += 7) {
        const uint8_t byte = *p++;
        v |= static_cast<uint32_t>(byte & 0x7F) << shift;
        if (byte < 0x80) return v;
      }
    }
    const SearchIndex* ix_;
    uint32_t term_;
    const uint8_t* at_ = nullptr;  // the start of posting next_'s positions
    uint32_t next_ = 0;
  };

  size_t memory_bytes() const;

  // An archive's index (archive.h) holds only the dictionary pieces fetched so far. Then every
  // lookup that falls in a piece not yet here, and every document whose text a query had to
  // read while its shard is not loaded, is noted as wanted; the reader fetches those and runs
  // the query again. A complete index never wants anything.
  bool partial() const { return coverage_ != nullptr; }
  void want_text(uint32_t doc) const;
  // What the lookups since the last call wanted (sorted, unique), and forgets it.
  std::vector<uint32_t> take_wanted_pieces() const;
  std::vector<uint32_t> take_wanted_docs() const;

 private:
  friend class SearchIndexBuilder;
  friend class ArchiveIndex;
  struct Coverage {
    std::vector<std::string> first_terms;  // of each piece, ascending; piece 0 starts at ""
    std::vector<uint8_t> loaded;
    std::vector<uint32_t> wanted_pieces, wanted_docs;
  };
  uint32_t piece_of(std::string_view key) const;
  TermRange find_range(std::string_view prefix) const;
  std::shared_ptr<Coverage> coverage_;

  static constexpr uint32_t kNoSkip = UINT32_MAX;

  std::vector<uint32_t> doc_brief_, brief_doc_;
  std::vector<DayNumber> doc_day_;
  std::vector<DocBounds> bounds_;
  std::vector<uint16_t> length_;
  double average_length_ = 0;

  std::string term_bytes_;                 // sorted terms, concatenated
  std::vector<uint32_t> term_offsets_{0};  // term i is [offsets[i], offsets[i+1])
  std::vector<uint32_t> posting_offsets_{0};
  RawVector<uint32_t> docs_;
  RawVector<uint8_t> meta_;
  // Positions: per positioned term, skip_offsets_[term] indexes skips_, whose entries are byte
  // offsets into positions_ of postings 0, 16, 32...; a posting's positions are varints of
  // (delta << 1 | last).
  std::vector<uint32_t> skip_offsets_;
  RawVector<uint32_t> skips_;
  RawVector<uint8_t> positions_;
};

// An index built a slice at a time, so a window keeps drawing while a large bundle is indexed:
//   IndexBuild build(bundle);
//   while (!build.step(8.0)) draw_a_frame(build.progress());
//   SearchIndex index = build.take();
// The result is exactly SearchIndex::build(bundle). The bundle must stay where it is, unchanged,
// until the build is taken or dropped.
class IndexBuild {
 public:
  explicit IndexBuild(const Bundle& bundle);
  ~IndexBuild();
  IndexBuild(const IndexBuild&) = delete;
  IndexBuild& operator=(const IndexBuild&) = delete;

  // Works for about budget_ms (always at least one slice of documents); true once done.
  bool step(double budget_ms);
  double progress() const;  // 0 to 1
  SearchIndex take();       // after step() returned true

 private:
  std::unique_ptr<SearchIndexBuilder> builder_;
  bool done_ = false;
};

}  // namespace br
