// What went wrong (or looks wrong) while loading a bundle, in words a reader understands.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace br {

struct Diagnostic {
  enum class Level : uint8_t { kError, kWarning };
  Level level = Level::kError;
  std::string message;       // one sentence: what and why ("date: 'Feb 31' is not a date")
  int64_t brief_index = -1;  // index of the brief in the input's list, or -1
  std::string brief_id;      // its id when known
  std::string field;         // "date", "body[2]", ... or empty
  uint32_t line = 0;         // 1-based position in the input, 0 when unknown
  uint32_t column = 0;
  std::string excerpt;  // a short excerpt of the input around the spot, or empty

  bool is_error() const { return level == Level::kError; }
};

// "error at 3:14: message" style single line, used by tools and logs.
std::string format_diagnostic(const Diagnostic& d);

inline bool has_error(const std::vector<Diagnostic>& ds) {
  for (const auto& d : ds)
    if (d.is_error()) return true;
  return false;
}

}  // namespace br
