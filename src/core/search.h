// Running a parsed query (query.h) against a bundle's index (search_index.h): the matching
// briefs grouped by day, and optionally ranked by best match. Also the index-free reference
// matcher, brief_matches(), which scans one brief's text.
//
// Fields searched: a bare word or phrase looks in the title, body, source and dateline (not in
// tags: use tag:); title:, source:, dateline: and tag: look in that field only. A phrase matches
// consecutive words within one paragraph or field, never across two.
//
// Best match: BM25 (k1 = 1.2, b = 0.75) over title + body with title occurrences counted three
// times, summed over the query's positive words (a prefix scores by up to 8 of its most common
// completions); ties keep the newest-first order.
#pragma once

#include <cstdint>
#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "query.h"
#include "search_index.h"

namespace br {

// One day of matching briefs: a view into the DayGroups it came from.
struct DayGroup {
  DayNumber day = kUndated;
  std::span<const uint32_t> briefs;  // indexes into bundle.briefs, in input order within the day
};

// Briefs by day, newest day first: one array of every brief in display order and where each
// day ends, so grouping thousands of days allocates twice, not once per day (which was most of
// a common word's search time in wasm). Read like a vector of DayGroup.
class DayGroups {
 public:
  size_t size() const { return days_.size(); }
  bool empty() const { return days_.empty(); }
  DayGroup operator[](size_t g) const {
    const uint32_t begin = g == 0 ? 0 : days_[g - 1].end;
    return {days_[g].day, std::span<const uint32_t>(briefs_).subspan(begin, days_[g].end - begin)};
  }
  DayGroup front() const { return (*this)[0]; }
  DayGroup back() const { return (*this)[size() - 1]; }

  class iterator {
   public:
    using value_type = DayGroup;
    using difference_type = std::ptrdiff_t;
    iterator(const DayGroups* groups, size_t g) : groups_(groups), g_(g) {}
    DayGroup operator*() const { return (*groups_)[g_]; }
    iterator& operator++() {
      ++g_;
      return *this;
    }
    bool operator==(const iterator& other) const { return g_ == other.g_; }

   private:
    const DayGroups* groups_;
    size_t g_;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

  void clear() {
    briefs_.clear();
    days_.clear();
  }
  // Replaces the contents with n briefs, the i-th brief_of(i) on day_of(i), where equal days
  // are adjacent. Without a branch on where days change (as unpredictable as the matches).
  template <typename DayOf, typename BriefOf>
  void assign(size_t n, const DayOf& day_of, const BriefOf& brief_of) {
    briefs_.resize(n);
    days_.resize(n);
    size_t count = 0;
    DayNumber previous = n > 0 ? ~day_of(0) : 0;  // differs from the first brief's day
    for (size_t i = 0; i < n; ++i) {
      const DayNumber day = day_of(i);
      briefs_[i] = brief_of(i);
      days_[count] = {day, static_cast<uint32_t>(i)};  // its start, for now; kept when it is new
      count += day != previous;
      previous = day;
    }
    days_.resize(count);
    days_.shrink_to_fit();  // it had room for a day per brief
    for (size_t g = 0; g < count; ++g)
      days_[g].end = g + 1 < count ? days_[g + 1].end : static_cast<uint32_t>(n);
  }

 private:
  struct Day {
    DayNumber day;
    uint32_t end;  // past its last brief in briefs_; it starts where the previous day ends
  };
  std::vector<uint32_t> briefs_;
  std::vector<Day> days_;
};

// The reader's marks, for is:starred / is:unread: whether brief (an index into bundle.briefs)
// has the flag. Without one, no brief is starred and every brief is unread.
using FlagLookup = std::function<bool(uint32_t brief, BriefFlag flag)>;

struct SearchOptions {
  bool best_match = false;
  const FlagLookup* flags = nullptr;
};

struct SearchResult {
  DayGroups groups;              // newest day first, undated last
  std::vector<uint32_t> ranked;  // with best_match: every matching brief, best first
  size_t total = 0;              // matching briefs
};

SearchResult run_search(const SearchIndex& index, const Bundle& bundle, const Query& query,
                        const SearchOptions& options = {});

// The matching documents (index order: newest day first), without grouping.
std::vector<uint32_t> search_docs(const SearchIndex& index, const Bundle& bundle,
                                  const Query& query, const FlagLookup* flags = nullptr);

// Documents in best-match order (BM25, see above); `docs` as search_docs returns them.
std::vector<uint32_t> rank_docs(const SearchIndex& index, const Query& query,
                                const std::vector<uint32_t>& docs);

// Whether one brief matches, by scanning its text: no index needed. The same semantics as
// search_docs (tests check they agree); fine for a few briefs, too slow for a whole bundle.
bool brief_matches(const Bundle& bundle, const Brief& brief, const Query& query,
                   const FlagLookup* flags = nullptr);
bool brief_matches(const Bundle& bundle, const Brief& brief, std::string_view query);

}  // namespace br
