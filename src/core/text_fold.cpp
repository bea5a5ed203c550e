// Character classes and folds from the generated tables: ASCII is answered by small inline
// tables; the rest of the Basic Multilingual Plane by lookup tables expanded from the generated
// runs on first use (64 KB of memory, nothing in the binary); other code points by binary
// search. The generated data is a few thousand entries, so it costs a few kilobytes of the page,
// not a Unicode library.
#include "text_fold.h"

#include <algorithm>
#include <iterator>

namespace br {
namespace {

#include "text_fold_data.inc"

constexpr uint32_t kClassBits = 3;

// ASCII classes: letters and digits are words, '"' is a quote, whitespace is space.
constexpr CharClass ascii_class(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
    return CharClass::kWord;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::kSpace;
  if (c == '"') return CharClass::kQuote;
  return CharClass::kSeparator;
}

struct AsciiClasses {
  CharClass c[128];
  constexpr AsciiClasses() : c() {
    for (int i = 0; i < 128; ++i) c[i] = ascii_class(static_cast<unsigned char>(i));
  }
};
constexpr AsciiClasses kAscii;

constexpr uint16_t kNoFold = 0xFFFF;
constexpr char32_t kFoldTableEnd = 0x2000;  // folds below this come from a direct table

struct BmpTables {
  uint8_t cls[0x10000];
  uint16_t fold[kFoldTableEnd];  // index into kFoldFrom, or kNoFold
  BmpTables() {
    size_t run = 0;
    for (uint32_t cp = 0; cp < 0x10000; ++cp) {
      while (run + 1 < std::size(kClassRuns) && (kClassRuns[run + 1] >> kClassBits) <= cp) ++run;
      cls[cp] = static_cast<uint8_t>(kClassRuns[run] & ((1u << kClassBits) - 1));
    }
    std::fill(std::begin(fold), std::end(fold), kNoFold);
    for (size_t i = 0; i < std::size(kFoldFrom) && kFoldFrom[i] < kFoldTableEnd; ++i)
      fold[kFoldFrom[i]] = static_cast<uint16_t>(i);
  }
};

const BmpTables& bmp() {
  static const BmpTables tables;  // zero-initialised storage: costs no bytes in the binary
  return tables;
}

}  // namespace

char32_t decode_utf8(std::string_view text, size_t& i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char c = s[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = 0;
  char32_t cp = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  if (len == 0 || i + len > n || s[i + 1] < lo || s[i + 1] > hi) {
    ++i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < len; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

CharClass char_class(char32_t cp) {
  if (cp < 0x80) return kAscii.c[cp];
  if (cp < 0x10000) return static_cast<CharClass>(bmp().cls[cp]);
  if (cp > 0x10FFFF) return CharClass::kSeparator;
  const uint32_t key = (static_cast<uint32_t>(cp) << kClassBits) | ((1u << kClassBits) - 1);
  const uint32_t* run = std::upper_bound(std::begin(kClassRuns), std::end(kClassRuns), key);
  // kClassRuns starts at code point 0, so run > begin.
  return static_cast<CharClass>(run[-1] & ((1u << kClassBits) - 1));
}

void append_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp);
    return;
  }
  const CharClass cls = char_class(cp);
  if (cls == CharClass::kDrop) return;
  if (cls == CharClass::kWord || cls == CharClass::kUnspaced) {
    size_t f = kNoFold;
    if (cp < kFoldTableEnd) {
      f = bmp().fold[cp];
    } else if (cp < 0x10000) {
      const uint16_t* at = std::lower_bound(std::begin(kFoldFrom), std::end(kFoldFrom), cp);
      if (at != std::end(kFoldFrom) && *at == cp) f = static_cast<size_t>(at - kFoldFrom);
    }
    if (f != kNoFold) {
      out.append(kFoldPool + (kFoldAt[f] >> 3), kFoldAt[f] & 7);
      return;
    }
    const uint32_t* zero =
        std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), static_cast<uint32_t>(cp));
    if (zero != std::begin(kDigitZeros) && cp - zero[-1] < 10) {
      out += static_cast<char>('0' + (cp - zero[-1]));
      return;
    }
  }
  append_utf8(out, cp);
}

std::string fold_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) append_folded(out, decode_utf8(text, i));
  return out;
}

}  // namespace br
