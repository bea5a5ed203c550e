// How the evaluator (search_eval.cpp) finds one query term in the index. Private to the search
// engine.
#pragma once

#include <cstdint>
#include <vector>

#include "query.h"
#include "search_index.h"
#include "search_postings.h"

namespace br {

struct ResolvedTerm {
  enum Kind : uint8_t { kMissing, kTerm, kRange, kGrams };
  Kind kind = kMissing;
  uint32_t term = 0;
  TermRange range;
  std::vector<uint32_t> grams;  // rarest first
  uint64_t cost = 0;            // postings to read
  bool exact = true;            // kGrams: false when the grams only narrow (3+ code points)
};

// The meta bits a term must have to count in field (tags have keys of their own: any).
uint8_t field_mask(Field field);

// A term of a leaf in field; kind kMissing when the index cannot have it.
ResolvedTerm resolve_term(const SearchIndex& index, const QueryTerm& term, Field field);

// The documents of r in [lo, hi) whose meta shares a bit with mask.
DocList term_docs(const SearchIndex& index, const ResolvedTerm& r, uint8_t mask, uint32_t lo,
                  uint32_t hi);
// Keeps, in place, the candidates (increasing) that are documents of r whose meta shares a bit
// with mask.
void keep_term_docs(const SearchIndex& index, const ResolvedTerm& r, uint8_t mask, DocList& cands);

}  // namespace br
