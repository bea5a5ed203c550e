// Recognises what a file is when it is not UTF-8 text (empty, UTF-16, an image, an archive, a
// web page) so the fatal message names the real problem. Runs in one cheap pass: signatures
// look at a few bytes, and simdjson's SIMD UTF-8 validator checks the rest.
#include "input_check.h"

#include <simdjson.h>

#include <cstdio>

#include "text_util.h"

namespace br::detail {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// "a PNG image" etc. when the bytes start with a known binary or markup signature.
const char* known_signature(std::string_view s) {
  if (starts_with(s, "\x89PNG\r\n\x1a\n")) return "a PNG image";
  if (starts_with(s, "\xFF\xD8\xFF")) return "a JPEG image";
  if (starts_with(s, "GIF87a") || starts_with(s, "GIF89a")) return "a GIF image";
  if (starts_with(s, "RIFF") && s.size() >= 12 && s.substr(8, 4) == "WEBP") return "a WebP image";
  if (starts_with(s, "%PDF-")) return "a PDF document";
  if (starts_with(s, "PK\x03\x04")) return "a ZIP archive (or an Office document)";
  if (starts_with(s, "\x1F\x8B")) return "a gzip-compressed file (unpack it first)";
  std::string_view text = s;
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  if (starts_with_ignoring_case(text, "<!doctype html") || starts_with_ignoring_case(text, "<html"))
    return "an HTML web page";
  return nullptr;
}

bool looks_like_utf16(std::string_view s) {
  if (starts_with(s, "\xFF\xFE") || starts_with(s, "\xFE\xFF")) return true;
  // Without a byte order mark, ASCII text in UTF-16 has a NUL in every other byte.
  const size_t n = s.size() < 4 ? s.size() : 4;
  for (size_t i = 0; i < n; ++i)
    if (s[i] == '\0') return true;
  return false;
}

Diagnostic plain_error(std::string message) {
  Diagnostic d;
  d.level = Diagnostic::Level::kError;
  d.message = std::move(message);
  return d;
}

}  // namespace

Diagnostic diagnostic_at(Diagnostic::Level level, std::string_view text, size_t offset,
                         std::string message) {
  Diagnostic d;
  d.level = level;
  d.message = std::move(message);
  const TextPosition p = position_of(text, offset);
  d.line = p.line;
  d.column = p.column;
  d.excerpt = excerpt_around(text, offset);
  return d;
}

InputCheck check_input_bytes(std::string_view bytes, std::string_view noun, bool check_utf8) {
  InputCheck result;
  if (trim_ascii(bytes).empty()) {
    result.fatal = plain_error(bytes.empty() ? "the file is empty"
                                             : "the file is empty (only spaces and line breaks)");
    return result;
  }
  if (const char* what = known_signature(bytes)) {
    result.fatal = plain_error("this is " + std::string(what) + ", not a " + std::string(noun));
    return result;
  }
  if (looks_like_utf16(bytes)) {
    result.fatal = plain_error("the file is UTF-16; save it as UTF-8");
    return result;
  }
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    result.skip = 3;
    Diagnostic d;
    d.level = Diagnostic::Level::kWarning;
    d.message = "the file starts with a UTF-8 byte order mark; it was skipped";
    d.line = 1;
    d.column = 1;
    result.warning = std::move(d);
  }
  const std::string_view text = bytes.substr(result.skip);
  if (check_utf8 && !simdjson::validate_utf8(text.data(), text.size())) {
    const size_t bad = find_invalid_utf8(text);
    if (bad == kNoPosition) {
      result.fatal = plain_error("the file is not valid UTF-8; save it as UTF-8");
      return result;
    }
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
    std::string message = "the file is not valid UTF-8: byte " + std::string(byte) +
                          " does not fit here; save the file as UTF-8";
    if (static_cast<unsigned char>(text[bad]) >= 0xA0)
      message += " (it may have been saved as Latin-1 or Windows-1252)";
    // The excerpt stops before the bad byte, so it is valid UTF-8 itself.
    Diagnostic d = diagnostic_at(Diagnostic::Level::kError, text.substr(0, bad), bad, message);
    result.fatal = std::move(d);
    return result;
  }
  const size_t probe = text.size() < 1024 ? text.size() : 1024;
  if (text.substr(0, probe).find('\0') != std::string_view::npos)
    result.fatal = plain_error("this is a binary file, not a " + std::string(noun));
  return result;
}

}  // namespace br::detail
