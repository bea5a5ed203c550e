// The tokenizer: one pass over UTF-8 with an ASCII fast path (a table lookup per byte into a
// fixed buffer), because index building runs it over every byte of a 100 MB bundle.
#include "tokenize.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "text_fold.h"

namespace br {
namespace {

// Bytes: the folded ASCII letter or digit, or 0 for anything else (including non-ASCII bytes).
struct AsciiFold {
  char fold[256];
  constexpr AsciiFold() : fold() {
    for (int c = 0; c < 128; ++c) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) fold[c] = static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') fold[c] = static_cast<char>(c - 'A' + 'a');
    }
  }
};
constexpr AsciiFold kAscii;

static_assert(std::endian::native == std::endian::little, "the word scan reads bytes as words");

constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// Per byte of x (ASCII bytes only; others give garbage that the caller masks): the high bit set
// when lo <= byte <= hi. Each byte is computed with its high bit set first, so no borrow crosses
// into the next byte.
uint64_t in_range(uint64_t x, unsigned char lo, unsigned char hi) {
  const uint64_t v = (x & ~kHigh) | kHigh;
  const uint64_t at_least_lo = (v - lo * kOnes) & kHigh;
  const uint64_t above_hi = (v - (hi + 1) * kOnes) & kHigh;
  return at_least_lo & ~above_hi;
}

// Cuts folded UTF-8 to at most max bytes at a code point boundary.
void cut_utf8(std::string& s, size_t max) {
  if (s.size() <= max) return;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
}

}  // namespace

size_t utf8_length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool Tokenizer::next(Token& token) {
  const size_t n = text_.size();
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  while (pos_ < n) {
    if (s[pos_] < 0x80) {
      if (kAscii.fold[s[pos_]]) return next_word(token, pos_);
      ++pos_;
      continue;
    }
    size_t i = pos_;
    const CharClass cls = char_class(decode_utf8(text_, i));
    if (cls == CharClass::kWord) return next_word(token, pos_);
    if (cls == CharClass::kUnspaced) return next_unspaced(token, pos_);
    pos_ = i;  // separators, and marks with no letter before them
  }
  return false;
}

bool Tokenizer::next_word(Token& token, size_t start) {
  const size_t n = text_.size();
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  // Locals, not members, in the hot loop: stores to a char buffer may alias anything.
  size_t end = pos_, len = 0;
  // Eight bytes at a time while they are ASCII letters and digits (lowercased on the way).
  while (end + 8 <= n) {
    uint64_t x;
    std::memcpy(&x, s + end, 8);
    const uint64_t lower = x | 0x2020202020202020ull;  // digits already have the 0x20 bit
    const uint64_t word = (in_range(lower, 'a', 'z') | in_range(x, '0', '9')) & ~x & kHigh;
    const size_t run = word == kHigh ? 8 : static_cast<size_t>(std::countr_zero(~word & kHigh)) / 8;
    if (len < kMaxWordBytes) {
      std::memcpy(ascii_ + len, &lower, 8);  // room for 8 past kMaxWordBytes
      len = std::min(len + run, kMaxWordBytes);
    }
    end += run;
    if (run < 8) break;
  }
  if (end + 8 > n) {
    while (end < n) {
      const char f = kAscii.fold[s[end]];
      if (!f) break;
      if (len < kMaxWordBytes) ascii_[len++] = f;
      ++end;
    }
  }
  pos_ = end;
  if (pos_ < n && s[pos_] >= 0x80) {
    // Non-ASCII inside the word: the general path.
    folded_.assign(ascii_, len);
    while (pos_ < n) {
      const unsigned char c = s[pos_];
      if (c < 0x80) {
        if (!kAscii.fold[c]) break;
        folded_ += kAscii.fold[c];
        ++pos_;
        continue;
      }
      size_t i = pos_;
      const char32_t cp = decode_utf8(text_, i);
      const CharClass cls = char_class(cp);
      if (cls != CharClass::kWord && cls != CharClass::kDrop) break;
      if (folded_.size() <= kMaxWordBytes) append_folded(folded_, cp);
      pos_ = i;
    }
    cut_utf8(folded_, kMaxWordBytes);
    token.folded = folded_;
  } else {
    token.folded = std::string_view(ascii_, len);
  }
  token.begin = static_cast<uint32_t>(start);
  token.end = static_cast<uint32_t>(pos_);
  token.unspaced = false;
  return true;
}

bool Tokenizer::next_unspaced(Token& token, size_t start) {
  const size_t n = text_.size();
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  folded_.clear();
  offsets_.clear();
  while (pos_ < n && s[pos_] >= 0x80) {
    size_t i = pos_;
    const char32_t cp = decode_utf8(text_, i);
    const CharClass cls = char_class(cp);
    if (cls != CharClass::kUnspaced && cls != CharClass::kDrop) break;
    const size_t before = folded_.size();
    append_folded(folded_, cp);
    if (want_offsets_) {
      // One offset per folded code point; a fold to several code points maps each to the same
      // source character.
      for (size_t k = before; k < folded_.size(); ++k)
        if ((static_cast<unsigned char>(folded_[k]) & 0xC0) != 0x80)
          offsets_.push_back(static_cast<uint32_t>(pos_));
    }
    pos_ = i;
  }
  if (want_offsets_) offsets_.push_back(static_cast<uint32_t>(pos_));
  token.folded = folded_;
  token.begin = static_cast<uint32_t>(start);
  token.end = static_cast<uint32_t>(pos_);
  token.unspaced = true;
  return true;
}

}  // namespace br
