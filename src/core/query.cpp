// The query parser: a lexer that never rejects input, then recursive descent over its lexemes
// (OR of ANDs of possibly negated leaves and groups). Every oddity becomes a hint and a literal
// or ignored part, never an error; the term budget and the depth limit bound the work.
#include "query.h"

#include <climits>

#include "date.h"
#include "query_lex.h"
#include "tokenize.h"

namespace br {
namespace {

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, Query& q) : lex_(std::move(lexemes)), q_(q) {}

  int32_t parse() {
    const int32_t root = parse_or(0);
    while (at_ < lex_.size()) {  // only a stray ')' stops parse_or at depth 0
      add_hint("unbalanced parenthesis: ignored");
      ++at_;
      const int32_t more = parse_or(0);
      root_parts_.push_back(more);
    }
    root_parts_.insert(root_parts_.begin(), root);
    return make(QueryNode::kAnd, root_parts_);
  }

  void add_hint(std::string_view hint) {
    if (q_.hint.find(hint) != std::string::npos) return;
    if (!q_.hint.empty()) q_.hint += "; ";
    q_.hint += hint;
  }

 private:
  bool at_end() const { return at_ >= lex_.size(); }
  const Lexeme& peek() const { return lex_[at_]; }

  // A node combining `parts` (dropping empty ones); -1 when none are left.
  int32_t make(QueryNode::Kind kind, const std::vector<int32_t>& parts) {
    std::vector<uint32_t> children;
    for (int32_t p : parts)
      if (p >= 0) children.push_back(static_cast<uint32_t>(p));
    if (children.empty()) return -1;
    if (children.size() == 1) return static_cast<int32_t>(children[0]);
    QueryNode node;
    node.kind = kind;
    node.children = std::move(children);
    return push(std::move(node));
  }

  int32_t push(QueryNode node) {
    q_.nodes.push_back(std::move(node));
    return static_cast<int32_t>(q_.nodes.size() - 1);
  }

  int32_t negate(int32_t node) {
    if (node < 0) return -1;
    QueryNode n;
    n.kind = QueryNode::kNot;
    n.children = {static_cast<uint32_t>(node)};
    return push(std::move(n));
  }

  int32_t parse_or(size_t depth) {
    std::vector<int32_t> parts;
    bool dangling = false;
    for (;;) {
      const int32_t part = parse_and(depth);
      if (part >= 0) {
        parts.push_back(part);
      } else if (!parts.empty() || (!at_end() && peek().kind == Lexeme::kOr)) {
        dangling = true;  // "OR b", "a OR OR b"
      }
      if (at_end() || peek().kind != Lexeme::kOr) break;
      ++at_;
      if (at_end() || peek().kind == Lexeme::kClose) dangling = true;  // "a OR"
    }
    // Terms dropped by the term cap are not the user's dangling ORs.
    if (dangling && q_.term_count < kMaxQueryTerms)
      add_hint("OR needs a term on each side: ignored");
    return make(QueryNode::kOr, parts);
  }

  int32_t parse_and(size_t depth) {
    std::vector<int32_t> parts;
    while (!at_end()) {
      const Lexeme& l = peek();
      if (l.kind == Lexeme::kOr) break;
      if (l.kind == Lexeme::kClose) break;  // ends a group, or is reported by parse()
      ++at_;
      if (l.kind == Lexeme::kOpen) {
        if (depth + 1 > kMaxQueryDepth) {
          add_hint("parentheses nested too deeply: ignored");
          continue;
        }
        const int32_t group = parse_or(depth + 1);
        if (at_end() || peek().kind != Lexeme::kClose) {
          add_hint("unbalanced parenthesis: ignored");
        } else {
          ++at_;
        }
        parts.push_back(l.negated ? negate(group) : group);
        continue;
      }
      const int32_t leaf = make_leaf(l);
      parts.push_back(l.negated ? negate(leaf) : leaf);
    }
    return make(QueryNode::kAnd, parts);
  }

  bool spend(size_t terms) {
    if (q_.term_count + terms > kMaxQueryTerms) {
      add_hint("long query: only the first 64 terms are searched");
      q_.term_count = kMaxQueryTerms;
      return false;
    }
    q_.term_count += terms;
    return true;
  }

  int32_t make_leaf(const Lexeme& l) {
    QueryNode node;
    if (l.kind == Lexeme::kDate) {
      if (!spend(1)) return -1;
      node.kind = QueryNode::kDate;
      node.first = l.first;
      node.last = l.last;
      return push(std::move(node));
    }
    if (l.kind == Lexeme::kFlag) {
      if (!spend(1)) return -1;
      node.kind = QueryNode::kFlag;
      node.flag = l.flag;
      return push(std::move(node));
    }
    node.kind = QueryNode::kMatch;
    node.field = l.field;
    Tokenizer tokens(l.text);
    Token t;
    while (tokens.next(t)) {
      if (q_.term_count + node.terms.size() >= kMaxQueryTerms) {
        add_hint("long query: only the first 64 terms are searched");
        break;
      }
      node.terms.push_back({std::string(t.folded), false, t.unspaced});
    }
    if (node.terms.empty()) return -1;
    q_.term_count += node.terms.size();
    QueryTerm& last = node.terms.back();
    if (!last.unspaced && (l.star || (l.typing && utf8_length(last.text) >= kMinImplicitPrefix)))
      last.prefix = true;
    return push(std::move(node));
  }

  std::vector<Lexeme> lex_;
  size_t at_ = 0;
  Query& q_;
  std::vector<int32_t> root_parts_;
};

const char* field_name(Field f) {
  switch (f) {
    case Field::kTitle:
      return "title:";
    case Field::kSource:
      return "source:";
    case Field::kDateline:
      return "dateline:";
    case Field::kTag:
      return "tag:";
    case Field::kAny:
      break;
  }
  return "";
}

void describe_node(const Query& q, uint32_t i, std::string& out) {
  const QueryNode& n = q.nodes[i];
  switch (n.kind) {
    case QueryNode::kMatch:
      out += field_name(n.field);
      out += '"';
      for (size_t k = 0; k < n.terms.size(); ++k) {
        if (k > 0) out += ' ';
        out += n.terms[k].text;
        if (n.terms[k].prefix) out += '*';
      }
      out += '"';
      return;
    case QueryNode::kDate:
      out += "date:";
      if (n.first > INT32_MIN + 1) out += format_iso_date(n.first);
      out += "..";
      if (n.last < INT32_MAX) out += format_iso_date(n.last);
      return;
    case QueryNode::kFlag:
      out += n.flag == BriefFlag::kStarred ? "is:starred" : "is:unread";
      return;
    case QueryNode::kAnd:
      out += "(and";
      break;
    case QueryNode::kOr:
      out += "(or";
      break;
    case QueryNode::kNot:
      out += "(not";
      break;
  }
  for (uint32_t c : n.children) {
    out += ' ';
    describe_node(q, c, out);
  }
  out += ')';
}

}  // namespace

Query parse_query(std::string_view text) {
  Query q;
  std::vector<std::string> hints;
  std::vector<Lexeme> lexemes = lex_query(text, hints);
  Parser parser(std::move(lexemes), q);
  for (const std::string& h : hints) parser.add_hint(h);
  q.root = parser.parse();
  if (q.root < 0 && text.find_first_not_of(" \t\r\n") != std::string_view::npos && q.hint.empty())
    q.hint = "nothing to search for: showing every brief";
  return q;
}

std::string describe(const Query& query) {
  if (query.root < 0) return "(all)";
  std::string out;
  describe_node(query, static_cast<uint32_t>(query.root), out);
  return out;
}

}  // namespace br
