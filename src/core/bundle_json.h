// Writing a bundle back out as JSON in the native format, version 1.
#pragma once

#include <string>

#include "bundle.h"

namespace br {

// Deterministic, pretty-printed (two-space indent), UTF-8 kept as is, ending with a newline.
std::string write_bundle_json(const Bundle& bundle);

// JSON string literal (with quotes) for arbitrary UTF-8 text.
std::string json_quote(std::string_view text);

}  // namespace br
