// Leaf matching over a token list: a phrase is a run of consecutive tokens, each equal to its
// term (or starting with it, for a prefix; or containing it, for an unspaced-script term).
#include "text_match.h"

#include "tokenize.h"

namespace br {

TextTokens::TextTokens(std::string_view text) {
  Tokenizer tokenizer(text, true);
  Token t;
  while (tokenizer.next(t)) {
    Tok tok;
    tok.fold_begin = static_cast<uint32_t>(folded_.size());
    folded_.append(t.folded);
    tok.fold_end = static_cast<uint32_t>(folded_.size());
    tok.begin = t.begin;
    tok.end = t.end;
    tok.unspaced = t.unspaced;
    tok.offsets_begin = static_cast<uint32_t>(offsets_.size());
    if (t.unspaced)
      offsets_.insert(offsets_.end(), tokenizer.offsets().begin(), tokenizer.offsets().end());
    tokens_.push_back(tok);
  }
}

uint32_t TextTokens::original_offset(const Tok& t, uint32_t at) const {
  const std::string_view f = folded(t);
  const size_t cp = utf8_length(f.substr(0, at));
  return offsets_[t.offsets_begin + cp];
}

namespace {

// Where term occurs in token t: the folded byte offset, searching from `from`, or npos.
size_t term_at(const QueryTerm& term, const TextTokens& text, const TextTokens::Tok& t,
               size_t from = 0) {
  const std::string_view f = text.folded(t);
  if (term.unspaced) return t.unspaced ? f.find(term.text, from) : std::string_view::npos;
  if (t.unspaced || from > 0) return std::string_view::npos;
  if (term.prefix) return f.substr(0, term.text.size()) == term.text ? 0 : std::string_view::npos;
  return f == term.text ? 0 : std::string_view::npos;
}

}  // namespace

bool match_text(const QueryNode& node, const TextTokens& text, std::vector<ByteRange>* ranges) {
  const auto& toks = text.tokens();
  const size_t n = node.terms.size();
  if (n == 0 || toks.size() < n) return false;
  bool any = false;
  for (size_t i = 0; i + n <= toks.size(); ++i) {
    const QueryTerm& first = node.terms[0];
    size_t at = term_at(first, text, toks[i]);
    if (at == std::string_view::npos) continue;
    bool ok = true;
    size_t last_at = at;
    for (size_t j = 1; j < n && ok; ++j) {
      last_at = term_at(node.terms[j], text, toks[i + j]);
      ok = last_at != std::string_view::npos;
    }
    if (!ok) continue;
    any = true;
    if (!ranges) return true;
    if (n == 1 && first.unspaced) {
      // Every occurrence inside the run.
      while (at != std::string_view::npos) {
        const uint32_t b = text.original_offset(toks[i], static_cast<uint32_t>(at));
        const uint32_t e =
            text.original_offset(toks[i], static_cast<uint32_t>(at + first.text.size()));
        ranges->push_back({b, e});
        at = term_at(first, text, toks[i], at + first.text.size());
      }
      continue;
    }
    const auto& a = toks[i];
    const auto& z = toks[i + n - 1];
    const QueryTerm& last = node.terms[n - 1];
    const uint32_t b =
        first.unspaced ? text.original_offset(a, static_cast<uint32_t>(at)) : a.begin;
    const uint32_t e =
        last.unspaced ? text.original_offset(z, static_cast<uint32_t>(last_at + last.text.size()))
                      : z.end;
    ranges->push_back({b, e});
  }
  return any;
}

}  // namespace br
