// Query evaluation over the index. Each AND picks its cheapest child (estimated from posting
// counts) to generate candidates and filters them through the others, so a rare word bounds the
// work of the whole query; date filters only narrow the document range (documents are in date
// order). Phrases of plain words are checked with positions; phrases with a prefix and
// substrings of unspaced scripts are checked by scanning the candidate briefs' text only.
#include <algorithm>
#include <numeric>

#include "search.h"
#include "search_postings.h"
#include "search_terms.h"
#include "text_match.h"

namespace br {
namespace {

constexpr uint64_t kInfinite = UINT64_MAX;

DocList iota_docs(uint32_t lo, uint32_t hi) {
  DocList out(hi > lo ? hi - lo : 0);
  std::iota(out.begin(), out.end(), lo);
  return out;
}

class Evaluator {
 public:
  Evaluator(const SearchIndex& ix, const Bundle& bundle, const Query& q, const FlagLookup* flags)
      : ix_(ix), bundle_(bundle), q_(q), flags_(flags), resolved_(q.nodes.size()) {}

  DocList run() {
    if (q_.root < 0) return iota_docs(0, ix_.doc_count());
    return generate(static_cast<uint32_t>(q_.root), 0, ix_.doc_count());
  }

 private:
  const std::vector<ResolvedTerm>& leaf(uint32_t node) {
    std::vector<ResolvedTerm>& r = resolved_[node];
    const QueryNode& n = q_.nodes[node];
    if (r.empty())
      for (const QueryTerm& t : n.terms) r.push_back(resolve_term(ix_, t, n.field));
    return r;
  }

  uint64_t cost(uint32_t node) {
    const QueryNode& n = q_.nodes[node];
    switch (n.kind) {
      case QueryNode::kMatch: {
        uint64_t c = kInfinite;
        for (const ResolvedTerm& r : leaf(node))
          c = std::min(c, r.kind == ResolvedTerm::kMissing ? 0 : r.cost);
        return c;
      }
      case QueryNode::kDate: {
        const TermRange r = ix_.docs_between(n.first, n.last);
        return r.end - r.begin;
      }
      case QueryNode::kOr: {
        uint64_t c = 0;
        for (uint32_t child : n.children) {
          const uint64_t cc = cost(child);
          if (cc == kInfinite) return kInfinite;
          c += cc;
        }
        return c;
      }
      case QueryNode::kAnd: {
        uint64_t c = kInfinite;
        for (uint32_t child : n.children) c = std::min(c, cost(child));
        return c;
      }
      case QueryNode::kFlag:
      case QueryNode::kNot:
        break;
    }
    return kInfinite;
  }

  bool flag(uint32_t doc, BriefFlag f) const {
    if (flags_ && *flags_) return (*flags_)(ix_.brief_of(doc), f);
    return f == BriefFlag::kUnread;
  }

  std::span<const std::string_view> texts(Field field, const Brief& b, std::string_view* one) {
    switch (field) {
      case Field::kTitle:
        *one = b.title;
        return {one, 1};
      case Field::kSource:
        *one = b.source;
        return {one, 1};
      case Field::kDateline:
        *one = b.dateline;
        return {one, 1};
      case Field::kTag:
        return bundle_.tags_of(b);
      case Field::kAny:
        break;
    }
    return {};
  }

  bool verify_text(const QueryNode& n, uint32_t doc) {
    const Brief& b = bundle_.briefs[ix_.brief_of(doc)];
    if (b.placeholder) {  // an archive's brief whose shard is not loaded: fetch, then run again
      ix_.want_text(doc);
      return false;
    }
    if (n.field == Field::kAny) {
      for (std::string_view t : {b.source, b.dateline, b.title})
        if (match_text(n, TextTokens(t), nullptr)) return true;
      for (std::string_view p : bundle_.body(b))
        if (match_text(n, TextTokens(p), nullptr)) return true;
      return false;
    }
    std::string_view one;
    for (std::string_view t : texts(n.field, b, &one))
      if (match_text(n, TextTokens(t), nullptr)) return true;
    return false;
  }

  // One word of a phrase being verified: its postings and positions, read forward (candidates
  // increase).
  struct PhraseWord {
    DocSpan postings;
    size_t next;  // the first posting at or after the last candidate asked about
    SearchIndex::PositionReader reader;

    bool has(uint32_t doc) {
      if (next < postings.size() && postings[next] < doc) {
        ++next;  // candidates are often consecutive postings: look there before galloping
        if (next < postings.size() && postings[next] < doc) next = gallop(postings, next + 1, doc);
      }
      return next < postings.size() && postings[next] == doc;
    }
    // f(position) for each position in the document has() just found, ascending.
    template <typename F>
    void visit(F&& f) {
      reader.visit(static_cast<uint32_t>(next), f);
    }
  };

  // Keeps the candidates where the phrase's words occur at consecutive positions, inside the
  // node's field. This is also the intersection of the words' postings: a candidate without some
  // word is dropped before any positions are read, and a word's positions are read only while
  // the phrase can still start somewhere. (Consecutive positions never cross the gap between
  // fields, so the other words are in the field of the first and need no field check.)
  void verify_positions(const QueryNode& n, const std::vector<ResolvedTerm>& r, DocList& docs) {
    std::vector<PhraseWord> words;
    for (const ResolvedTerm& one : r)
      words.push_back({ix_.docs(one.term), 0, SearchIndex::PositionReader(ix_, one.term)});
    std::vector<uint32_t> starts;  // where the phrase may start in the current document
    size_t kept = 0;
    for (uint32_t doc : docs) {
      bool all = true;
      for (size_t j = 0; j < words.size() && all; ++j) all = words[j].has(doc);
      if (!all) continue;
      uint32_t first = 0, end = UINT32_MAX;  // the node's field, as positions
      if (n.field != Field::kAny) {
        const DocBounds& bounds = ix_.bounds(doc);
        if (n.field == Field::kSource) {
          end = bounds.source_end;
        } else if (n.field == Field::kDateline) {
          first = bounds.source_end + 1;
          end = bounds.dateline_end;
        } else if (n.field == Field::kTitle) {
          first = bounds.dateline_end + 1;
          end = bounds.title_end;
        }
      }
      starts.clear();
      words[0].visit([&](uint32_t p) {
        if (p >= first && p < end) starts.push_back(p);
      });
      for (size_t j = 1; j < words.size() && !starts.empty(); ++j) {
        // Both ascend: one merge keeps the starts s with s + j among the word's positions.
        const uint32_t shift = static_cast<uint32_t>(j);
        size_t live = 0, i = 0;
        words[j].visit([&](uint32_t p) {
          while (i < starts.size() && starts[i] + shift < p) ++i;  // no match: dropped
          if (i < starts.size() && starts[i] + shift == p) starts[live++] = starts[i++];
        });
        starts.resize(live);
      }
      if (!starts.empty()) docs[kept++] = doc;
    }
    docs.resize(kept);
  }

  // The documents of a leaf in [lo, hi), or among cands when given (consumed: filtered in place).
  DocList match(uint32_t node, DocList* cands, uint32_t lo, uint32_t hi) {
    const QueryNode& n = q_.nodes[node];
    const std::vector<ResolvedTerm>& r = leaf(node);
    bool by_positions = r.size() > 1 && n.field != Field::kTag;
    bool exact = r.size() == 1;
    for (const ResolvedTerm& one : r) {
      if (one.kind == ResolvedTerm::kMissing) return {};
      by_positions = by_positions && one.kind == ResolvedTerm::kTerm;
      exact = exact && (one.kind != ResolvedTerm::kGrams || one.exact);
    }
    const uint8_t mask = field_mask(n.field);
    std::vector<size_t> order(r.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(),
              [&r](size_t a, size_t b) { return r[a].cost < r[b].cost; });
    DocList docs;
    if (cands) {
      docs = std::move(*cands);
      keep_term_docs(ix_, r[order[0]], mask, docs);
    } else {
      docs = term_docs(ix_, r[order[0]], mask, lo, hi);
    }
    // Now at most the rarest term's postings: a phrase's other words are intersected as its
    // positions are verified.
    if (by_positions) {
      verify_positions(n, r, docs);
      return docs;
    }
    for (size_t i = 1; i < order.size() && !docs.empty(); ++i)
      keep_term_docs(ix_, r[order[i]], mask, docs);
    if (exact) return docs;
    size_t kept = 0;
    for (uint32_t d : docs)
      if (verify_text(n, d)) docs[kept++] = d;
    docs.resize(kept);
    return docs;
  }

  DocList generate(uint32_t node, uint32_t lo, uint32_t hi) {
    const QueryNode& n = q_.nodes[node];
    switch (n.kind) {
      case QueryNode::kMatch:
        return match(node, nullptr, lo, hi);
      case QueryNode::kDate: {
        const TermRange r = ix_.docs_between(n.first, n.last);
        return iota_docs(std::max(lo, r.begin), std::min(hi, r.end));
      }
      case QueryNode::kFlag:
      case QueryNode::kNot:
        return filter(node, iota_docs(lo, hi));
      case QueryNode::kOr: {
        DocList out, merged;
        for (uint32_t child : n.children) {
          const DocList part = generate(child, lo, hi);
          unite(out, part, merged);
          out.swap(merged);
        }
        return out;
      }
      case QueryNode::kAnd:
        break;
    }
    std::vector<uint32_t> rest;
    for (uint32_t child : n.children) {
      const QueryNode& c = q_.nodes[child];
      if (c.kind == QueryNode::kDate) {
        const TermRange r = ix_.docs_between(c.first, c.last);
        lo = std::max(lo, r.begin);
        hi = std::min(hi, r.end);
      } else {
        rest.push_back(child);
      }
    }
    if (lo >= hi) return {};
    std::vector<std::pair<uint64_t, uint32_t>> by_cost;
    for (uint32_t child : rest) by_cost.push_back({cost(child), child});
    std::sort(by_cost.begin(), by_cost.end());
    DocList cands;
    size_t first = 0;
    if (!by_cost.empty() && by_cost[0].first != kInfinite) {
      cands = generate(by_cost[0].second, lo, hi);
      first = 1;
    } else {
      cands = iota_docs(lo, hi);
    }
    for (size_t i = first; i < by_cost.size() && !cands.empty(); ++i)
      cands = filter(by_cost[i].second, std::move(cands));
    return cands;
  }

  DocList filter(uint32_t node, DocList cands) {
    if (cands.empty()) return cands;
    const QueryNode& n = q_.nodes[node];
    DocList out;
    switch (n.kind) {
      case QueryNode::kMatch:
        return match(node, &cands, cands.front(), cands.back() + 1);
      case QueryNode::kDate: {
        const TermRange r = ix_.docs_between(n.first, n.last);
        for (uint32_t d : cands)
          if (d >= r.begin && d < r.end) out.push_back(d);
        return out;
      }
      case QueryNode::kFlag:
        for (uint32_t d : cands)
          if (flag(d, n.flag)) out.push_back(d);
        return out;
      case QueryNode::kNot: {
        const DocList excluded = filter(n.children[0], cands);
        subtract(cands, excluded, out);
        return out;
      }
      case QueryNode::kOr: {
        DocList merged, rest;
        for (uint32_t child : n.children) {
          const DocList part = filter(child, cands);
          unite(out, part, merged);
          out.swap(merged);
          subtract(cands, part, rest);
          cands.swap(rest);
          if (cands.empty()) break;
        }
        return out;
      }
      case QueryNode::kAnd: {
        std::vector<std::pair<uint64_t, uint32_t>> by_cost;
        for (uint32_t child : n.children) by_cost.push_back({cost(child), child});
        std::sort(by_cost.begin(), by_cost.end());
        for (const auto& [c, child] : by_cost) {
          cands = filter(child, std::move(cands));
          if (cands.empty()) break;
        }
        return cands;
      }
    }
    return out;
  }

  const SearchIndex& ix_;
  const Bundle& bundle_;
  const Query& q_;
  const FlagLookup* flags_;
  std::vector<std::vector<ResolvedTerm>> resolved_;
};

}  // namespace

std::vector<uint32_t> search_docs(const SearchIndex& index, const Bundle& bundle,
                                  const Query& query, const FlagLookup* flags) {
  return Evaluator(index, bundle, query, flags).run();
}

}  // namespace br
