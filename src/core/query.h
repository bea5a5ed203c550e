// The search box's query language (docs/search.md), parsed into a small tree that the index
// evaluates (search.h) and the highlighter matches against text (highlight.h).
//
//   words            all must match (AND), folded: `gerard` finds "Gérard"
//   "exact phrase"   consecutive words within one paragraph (or one title, source...)
//   -word -"phrase"  exclude
//   a OR b           either; AND binds tighter: `a b OR c` = (a AND b) OR c; ( ) group
//   word*            prefix; the last bare word of the query is a prefix while it is being
//                    typed (no space after it yet) and has at least two letters
//   source: dateline: title: tag:   a word, "phrase" or prefix* in that field only
//   on:2017-02-20 on:2017-02 on:2017, after:, before: (exclusive), 2017-02-20 and 2017-02 bare,
//   ranges 2017-02-10..2017-02-15 (inclusive; either end may be left open)
//   is:starred is:unread is:read
//
// Nothing here fails: what cannot be parsed is searched for literally and `hint` says so. At
// most kMaxQueryTerms words are used, so hostile queries stay cheap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"

namespace br {

inline constexpr size_t kMaxQueryTerms = 64;
inline constexpr size_t kMaxQueryDepth = 8;      // nested parentheses
inline constexpr size_t kMinImplicitPrefix = 2;  // code points of the word being typed

enum class Field : uint8_t { kAny, kTitle, kSource, kDateline, kTag };
enum class BriefFlag : uint8_t { kStarred, kUnread };

// One token of a word or phrase, folded.
struct QueryTerm {
  std::string text;
  bool prefix = false;    // matches words starting with text
  bool unspaced = false;  // a run of an unspaced script: matches inside longer runs too
};

struct QueryNode {
  enum Kind : uint8_t {
    kMatch,  // terms in field: one term = a word, several = a phrase
    kDate,   // dated briefs with first <= day <= last
    kFlag,   // a mark the reader keeps (is:starred, is:unread)
    kAnd,
    kOr,
    kNot,  // children[0] excluded
  };
  Kind kind = kMatch;
  Field field = Field::kAny;
  std::vector<QueryTerm> terms;
  DayNumber first = 0, last = 0;
  BriefFlag flag = BriefFlag::kStarred;
  std::vector<uint32_t> children;  // indexes into Query::nodes
};

struct Query {
  std::vector<QueryNode> nodes;
  int32_t root = -1;  // -1: nothing to search for, every brief matches
  std::string hint;   // empty when the query was understood as written
  size_t term_count = 0;

  bool matches_everything() const { return root < 0; }
};

Query parse_query(std::string_view text);

// The query tree as text, for tests and debugging: (and (or "a" "b") (not "c*") title:"x y").
std::string describe(const Query& query);

}  // namespace br
