// The checks every loader makes before parsing: is this text at all, and UTF-8? A reader who
// opens a PNG or a UTF-16 export deserves "this is a PNG image", not a JSON syntax error at 1:1.
// Private to src/core.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"

namespace br::detail {

struct InputCheck {
  std::optional<Diagnostic> fatal;    // set when the bytes cannot be read as text at all
  std::optional<Diagnostic> warning;  // e.g. a skipped byte order mark
  size_t skip = 0;                    // bytes to skip at the start (a UTF-8 BOM)
};

// `noun` names what was expected in messages: "bundle", "digest". Without check_utf8 the one
// check that reads every byte is left out (for callers whose parser validates UTF-8 itself).
InputCheck check_input_bytes(std::string_view bytes, std::string_view noun, bool check_utf8 = true);

// An error pointing at `offset` in `text`, with its line, column and a one-line excerpt.
Diagnostic diagnostic_at(Diagnostic::Level level, std::string_view text, size_t offset,
                         std::string message);

}  // namespace br::detail
