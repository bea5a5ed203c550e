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
#include <functional>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "query.h"
#include "search_index.h"

namespace br {

struct DayGroup {
  DayNumber day = kUndated;
  std::vector<uint32_t> briefs;  // indexes into bundle.briefs, in input order within the day
};

// The reader's marks, for is:starred / is:unread: whether brief (an index into bundle.briefs)
// has the flag. Without one, no brief is starred and every brief is unread.
using FlagLookup = std::function<bool(uint32_t brief, BriefFlag flag)>;

struct SearchOptions {
  bool best_match = false;
  const FlagLookup* flags = nullptr;
};

struct SearchResult {
  std::vector<DayGroup> groups;  // newest day first, undated last
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
