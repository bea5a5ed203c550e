// Text helpers for diagnostics. Positions count code points, not bytes, so a column matches
// what an editor shows on lines with accented letters or curly quotes.
#include "text_util.h"

#include <cstdio>

namespace br::detail {
namespace {

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is malformed.
size_t utf8_sequence_length(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  if (s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (size_t k = 2; k < len; ++k)
    if (!is_continuation(s[i + k])) return 0;
  return len;
}

}  // namespace

std::string_view trim_ascii(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

size_t find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t len = utf8_sequence_length(text, i);
    if (len == 0) return i;
    i += len;
  }
  return kNoPosition;
}

std::string_view utf8_prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
  return text.substr(0, end);
}

TextPosition PositionCursor::at(size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  if (offset < offset_) {
    offset_ = 0;
    pos_ = {1, 1};
  }
  for (; offset_ < offset; ++offset_) {
    const auto c = static_cast<unsigned char>(text_[offset_]);
    if (c == '\n') {
      ++pos_.line;
      pos_.column = 1;
    } else if (!is_continuation(c)) {
      ++pos_.column;
    }
  }
  return pos_;
}

std::string excerpt_around(std::string_view text, size_t offset, size_t width) {
  if (offset > text.size()) offset = text.size();
  size_t line_start = 0;
  if (offset > 0) {
    const size_t newline = text.rfind('\n', offset - 1);
    if (newline != std::string_view::npos) line_start = newline + 1;
  }
  size_t line_end = text.find('\n', offset);
  if (line_end == std::string_view::npos) line_end = text.size();

  // Walk back and forward by code points, half the width each way.
  size_t begin = offset, back = 0;
  while (begin > line_start && back < width / 2) {
    --begin;
    if (!is_continuation(static_cast<unsigned char>(text[begin]))) ++back;
  }
  size_t end = offset, forward = 0;
  while (end < line_end && forward < width - back) {
    ++end;
    while (end < line_end && is_continuation(static_cast<unsigned char>(text[end]))) ++end;
    ++forward;
  }
  // Indentation is not worth showing, nor an ellipsis for cutting it.
  while (line_start < offset && is_ascii_space(text[line_start])) ++line_start;
  if (begin < line_start) begin = line_start;
  std::string out;
  if (begin > line_start) out += "…";
  for (size_t i = begin; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out += (c < 0x20 || c == 0x7F) ? ' ' : static_cast<char>(c);
  }
  if (end < line_end) out += "…";
  // Lines ending in \r (CRLF files) leave a space at the end; drop trailing spaces.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string describe_char(std::string_view text, size_t offset) {
  if (offset >= text.size()) return "the end of the file";
  const auto c = static_cast<unsigned char>(text[offset]);
  char buf[32];
  if (c > 0x20 && c < 0x7F) {
    std::snprintf(buf, sizeof buf, "'%c'", c);
  } else if (c >= 0x80) {
    const size_t len = utf8_sequence_length(text, offset);
    if (len > 0) return "'" + std::string(text.substr(offset, len)) + "'";
    std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
  } else {
    std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
  }
  return buf;
}

}  // namespace br::detail
