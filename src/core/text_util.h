// Small text helpers shared by the parsers: UTF-8 checks, 1-based positions and one-line
// excerpts for diagnostics. Private to src/core (not part of the public contract).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace br::detail {

inline constexpr size_t kNoPosition = std::string_view::npos;

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string_view trim_ascii(std::string_view text);

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF are errors), or kNoPosition.
size_t find_invalid_utf8(std::string_view text);

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, size_t max_bytes);

struct TextPosition {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in code points (what editors show)
};

// Converts byte offsets to positions. Cheap for increasing offsets (the parser's warnings come
// in input order); restarts from the top when asked about an earlier offset.
class PositionCursor {
 public:
  explicit PositionCursor(std::string_view text) : text_(text) {}
  TextPosition at(size_t offset);

 private:
  std::string_view text_;
  size_t offset_ = 0;
  TextPosition pos_{1, 1};
};

inline TextPosition position_of(std::string_view text, size_t offset) {
  return PositionCursor(text).at(offset);
}

// About `width` characters of the line around `offset`, control characters shown as spaces,
// "…" where the line was cut.
std::string excerpt_around(std::string_view text, size_t offset, size_t width = 40);

// "'x'" for a printable ASCII byte, "byte 0x1F" otherwise; for messages about a found char.
std::string describe_char(std::string_view text, size_t offset);

}  // namespace br::detail
