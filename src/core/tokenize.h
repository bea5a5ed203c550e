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

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ascii_block.h"
#include "text_fold.h"

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

// The tokens of text, in order, exactly as a Tokenizer gives them, with the common case taken 16
// bytes at a time and without a call per token (index building runs this over every byte of a
// 100 MB bundle): a word of ASCII letters and digits shorter than 16 bytes that ends at an ASCII
// byte or a separator goes to word(key16, len, begin), key16 holding the folded word followed by
// zeros up to 16 bytes; every other token goes to other(token), its offsets into text.
template <typename Word, typename Other>
void for_each_token(std::string_view text, Word&& word, Other&& other) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // The last bytes (up to 16) copied, then zeros (which read as separators): every position has
  // 16 readable bytes.
  unsigned char tail[32] = {};
  const size_t tail_begin = n > 16 ? n - 16 : 0;
  if (n >= 16) {
    std::memcpy(tail, s + tail_begin, 16);  // a fixed size: two loads, not a call
  } else if (n > 0) {  // (an empty view's data may be null, which memcpy must not see)
    std::memcpy(tail, s, n);
  }
  const auto block = [&](size_t i) { return i < tail_begin ? s + i : tail + (i - tail_begin); };
  // Whether the character at i (not ASCII) carries a word on.
  const auto continues_word = [&](size_t i) {
    const CharClass cls = char_class(decode_utf8(text, i));
    return cls == CharClass::kWord || cls == CharClass::kDrop;
  };
  alignas(16) char key[16];
  size_t p = 0;
  while (p < n) {
    const AsciiBlock b = classify16(block(p));
    const uint32_t any = b.word | b.high;
    if (any == 0) {  // 16 ASCII separators
      p += 16;
      continue;
    }
    const uint32_t at = static_cast<uint32_t>(std::countr_zero(any));
    if (b.high >> at & 1) {
      size_t i = p + at;
      const CharClass cls = char_class(decode_utf8(text, i));
      if (cls != CharClass::kWord && cls != CharClass::kUnspaced) {
        p = i;  // a separator, or a mark with no letter before it
        continue;
      }
      p += at;  // a word or run that starts with another letter: the general path
    } else {
      p += at;
      // The word's length: from this block when it ends inside it, else from a block at p.
      uint32_t len = static_cast<uint32_t>(std::countr_zero(~(b.word >> at)));
      uint32_t after_high = b.high >> (at + len) & 1;
      if (at + len >= 16) {
        const AsciiBlock w = classify16(block(p));
        len = static_cast<uint32_t>(std::countr_zero(~w.word));
        after_high = w.high >> len & 1;
      }
      if (len < 16 && !(after_high && continues_word(p + len))) {
        lower_key16(block(p), len, key);
        word(static_cast<const char*>(key), len, static_cast<uint32_t>(p));
        p += len;
        continue;
      }
    }
    Tokenizer tokenizer(text.substr(p));
    Token token;
    if (!tokenizer.next(token)) break;
    token.begin += static_cast<uint32_t>(p);
    token.end += static_cast<uint32_t>(p);
    other(static_cast<const Token&>(token));
    p = token.end;
  }
}

// Number of code points in folded UTF-8 (counts lead bytes).
size_t utf8_length(std::string_view text);

}  // namespace br
