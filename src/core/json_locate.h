// Finding where malformed JSON goes wrong. simdjson says *that* a document is malformed; this
// small scanner says *where* and *what*, in words for people who edit bundles by hand.
// Private to src/core.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace br::detail {

struct JsonSyntaxError {
  size_t offset = 0;    // byte offset of the spot to point at
  std::string message;  // "missing ',' between list items"
};

// The first syntax error in `json` (RFC 8259 grammar), or nullopt when the scanner finds none.
std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view json);

}  // namespace br::detail
