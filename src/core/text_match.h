// Matching one query leaf (a word, prefix, phrase or unspaced substring) against one piece of
// text by tokenizing it: the reference semantics of a match. The highlighter uses it for the
// byte ranges to mark, the index uses it to verify candidates it cannot decide from postings
// (substrings of unspaced scripts, phrases with a prefix), and brief_matches() uses it to
// search without an index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query.h"

namespace br {

struct ByteRange {
  uint32_t begin = 0;  // byte offsets into the text given, [begin, end)
  uint32_t end = 0;
  bool operator==(const ByteRange&) const = default;
};

// A text tokenized once, for matching several leaves against it.
class TextTokens {
 public:
  explicit TextTokens(std::string_view text);

  struct Tok {
    uint32_t fold_begin, fold_end;  // in folded()
    uint32_t begin, end;            // in the original text
    uint32_t offsets_begin;         // unspaced: index of its first code point in offsets()
    bool unspaced;
  };
  const std::vector<Tok>& tokens() const { return tokens_; }
  std::string_view folded(const Tok& t) const {
    return std::string_view(folded_).substr(t.fold_begin, t.fold_end - t.fold_begin);
  }
  // Original byte offset of an unspaced token's code point at folded byte offset `at`.
  uint32_t original_offset(const Tok& t, uint32_t at) const;

 private:
  std::vector<Tok> tokens_;
  std::string folded_;
  std::vector<uint32_t> offsets_;
};

// Whether `node` (a QueryNode::kMatch) matches in the text; appends every match's byte range to
// `ranges` when given (ranges may overlap; in text order per leaf).
bool match_text(const QueryNode& node, const TextTokens& text, std::vector<ByteRange>* ranges);

}  // namespace br
