// Turning matching documents into what the reader shows: day groups (documents are already in
// display order, so one pass finds them), and for the best-match toggle a BM25 ranking computed
// from the postings' meta bytes (term frequency and the in-title bit) without touching text.
#include <algorithm>
#include <cmath>
#include <memory>

#include "search.h"
#include "search_postings.h"

namespace br {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleBoost = 2.0;  // a title occurrence counts 1 + 2 times
constexpr size_t kPrefixScoringTerms = 8;

// The terms a query's positive leaves contribute to the score.
void scoring_terms(const SearchIndex& ix, const Query& q, uint32_t node, bool negated,
                   std::vector<uint32_t>& out) {
  const QueryNode& n = q.nodes[node];
  if (n.kind == QueryNode::kNot) negated = !negated;
  for (uint32_t c : n.children) scoring_terms(ix, q, c, negated, out);
  if (n.kind != QueryNode::kMatch || negated || n.field == Field::kTag) return;
  for (const QueryTerm& t : n.terms) {
    if (t.unspaced) continue;  // grams are not words; unspaced matches score nothing
    if (!t.prefix) {
      const int64_t id = ix.find(t.text);
      if (id >= 0) out.push_back(static_cast<uint32_t>(id));
      continue;
    }
    const TermRange r = ix.prefix_range(t.text);
    std::vector<uint32_t> range;
    for (uint32_t id = r.begin; id < r.end; ++id) range.push_back(id);
    const size_t keep = std::min(range.size(), kPrefixScoringTerms);
    std::partial_sort(range.begin(), range.begin() + static_cast<std::ptrdiff_t>(keep), range.end(),
                      [&ix](uint32_t a, uint32_t b) { return ix.df(a) > ix.df(b); });
    out.insert(out.end(), range.begin(), range.begin() + static_cast<std::ptrdiff_t>(keep));
  }
}

// Documents are in day order, so each day's matches are one run of them.
void group_by_day(const SearchIndex& index, const std::vector<uint32_t>& docs, DayGroups& groups) {
  groups.assign(
      docs.size(), [&](size_t i) { return index.day_of(docs[i]); },
      [&](size_t i) { return index.brief_of(docs[i]); });
}

}  // namespace

std::vector<uint32_t> rank_docs(const SearchIndex& ix, const Query& q,
                                const std::vector<uint32_t>& docs) {
  std::vector<uint32_t> terms;
  if (q.root >= 0) scoring_terms(ix, q, static_cast<uint32_t>(q.root), false, terms);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  std::vector<double> score(docs.size(), 0.0);
  const double n = ix.doc_count();
  const double avg = std::max(ix.average_length(), 1.0);
  for (uint32_t t : terms) {
    const DocSpan postings = ix.docs(t);
    const auto meta = ix.meta(t);
    const double df = postings.size();
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    size_t j = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      j = gallop(postings, j, docs[i]);
      if (j == postings.size()) break;
      if (postings[j] != docs[i]) continue;
      double f = (meta[j] & kTfMask) + ((meta[j] & kInTitle) ? kTitleBoost : 0.0);
      if (f == 0) f = 0.5;  // only in the source or dateline
      const double norm = kK1 * (1 - kB + kB * ix.length(docs[i]) / avg);
      score[i] += idf * f * (kK1 + 1) / (f + norm);
    }
  }
  // Best first; ties keep document (date) order. Sorting (score, doc) pairs keeps the
  // comparisons local.
  std::vector<std::pair<float, uint32_t>> order(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) order[i] = {static_cast<float>(score[i]), docs[i]};
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<uint32_t> ranked(order.size());
  for (size_t i = 0; i < order.size(); ++i) ranked[i] = order[i].second;
  return ranked;
}

SearchResult run_search(const SearchIndex& index, const Bundle& bundle, const Query& query,
                        const SearchOptions& options) {
  SearchResult result;
  const std::vector<uint32_t> docs = search_docs(index, bundle, query, options.flags);
  result.total = docs.size();
  group_by_day(index, docs, result.groups);
  if (options.best_match) {
    result.ranked = rank_docs(index, query, docs);
    for (uint32_t& d : result.ranked) d = index.brief_of(d);
  }
  return result;
}

}  // namespace br
