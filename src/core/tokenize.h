// Splitting text into the folded tokens search works on, each with the byte range it came from
// in the original UTF-8, so matches map back exactly (for highlighting).
//
// - A word is a run of letters and digits (CharClass::kWord) of scripts written with spaces;
//   accents and joiners (kDrop) inside it are removed from its folded form. Everything else
//   separates words: "Iran’s" and "Iran's" are the words "iran" "s", "al-Assad" is "al" "assad".
//   (A query word that splits into several tokens is searched as a phrase, so `Iran's` finds
//   "Iran’s" and `Iran` finds both.) Folded words longer than kMaxWordBytes are cut there.
// - A run of letters of a script without spaces (kUnspaced: Arabic, Persian, CJK, Thai) is one
//   token; search matches inside it by substring. For these the tokenizer can also report the
//   original offset of every folded code point.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace br {

inline constexpr size_t kMaxWordBytes = 64;

struct Token {
  std::string_view folded;  // valid until the next call to next()
  uint32_t begin = 0;       // original bytes [begin, end)
  uint32_t end = 0;
  bool unspaced = false;
};

class Tokenizer {
 public:
  // With want_offsets, unspaced() tokens come with offsets() filled.
  explicit Tokenizer(std::string_view text, bool want_offsets = false)
      : text_(text), want_offsets_(want_offsets) {}

  bool next(Token& token);

  // For the last unspaced token: the original byte offset where each folded code point starts,
  // plus the token's end (so folded code points [i, j) came from bytes [offsets[i], offsets[j])).
  std::span<const uint32_t> offsets() const { return offsets_; }

 private:
  bool next_word(Token& token, size_t start);
  bool next_unspaced(Token& token, size_t start);

  std::string_view text_;
  size_t pos_ = 0;
  bool want_offsets_;
  char ascii_[kMaxWordBytes + 8];  // the folded word while it is all ASCII (the common case)
  std::string folded_;
  std::vector<uint32_t> offsets_;
};

// Number of code points in folded UTF-8 (counts lead bytes).
size_t utf8_length(std::string_view text);

}  // namespace br
