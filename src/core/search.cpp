// The index-free matcher: evaluates the query tree on one brief by tokenizing its fields. It
// defines what a match is in the plainest terms, so tests compare the index against it.
#include "search.h"

#include "text_match.h"

namespace br {
namespace {

bool leaf_matches(const Bundle& bundle, const Brief& brief, const QueryNode& n) {
  auto any = [&n](std::string_view text) { return match_text(n, TextTokens(text), nullptr); };
  switch (n.field) {
    case Field::kTitle:
      return any(brief.title);
    case Field::kSource:
      return any(brief.source);
    case Field::kDateline:
      return any(brief.dateline);
    case Field::kTag:
      for (std::string_view tag : bundle.tags_of(brief))
        if (any(tag)) return true;
      return false;
    case Field::kAny:
      break;
  }
  if (any(brief.source) || any(brief.dateline) || any(brief.title)) return true;
  for (std::string_view paragraph : bundle.body(brief))
    if (any(paragraph)) return true;
  return false;
}

bool node_matches(const Bundle& bundle, const Brief& brief, const Query& q, uint32_t node,
                  const FlagLookup* flags) {
  const QueryNode& n = q.nodes[node];
  switch (n.kind) {
    case QueryNode::kMatch:
      return leaf_matches(bundle, brief, n);
    case QueryNode::kDate:
      return brief.day != kUndated && brief.day >= n.first && brief.day <= n.last;
    case QueryNode::kFlag: {
      if (!flags || !*flags) return n.flag == BriefFlag::kUnread;
      return (*flags)(static_cast<uint32_t>(&brief - bundle.briefs.data()), n.flag);
    }
    case QueryNode::kNot:
      return !node_matches(bundle, brief, q, n.children[0], flags);
    case QueryNode::kAnd:
      for (uint32_t c : n.children)
        if (!node_matches(bundle, brief, q, c, flags)) return false;
      return true;
    case QueryNode::kOr:
      for (uint32_t c : n.children)
        if (node_matches(bundle, brief, q, c, flags)) return true;
      return false;
  }
  return false;
}

}  // namespace

bool brief_matches(const Bundle& bundle, const Brief& brief, const Query& query,
                   const FlagLookup* flags) {
  if (query.root < 0) return true;
  return node_matches(bundle, brief, query, static_cast<uint32_t>(query.root), flags);
}

bool brief_matches(const Bundle& bundle, const Brief& brief, std::string_view query) {
  return brief_matches(bundle, brief, parse_query(query));
}

}  // namespace br
