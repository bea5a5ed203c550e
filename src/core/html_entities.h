// HTML character references (&amp; &#8217; &eacute; ...) decoded to UTF-8, for the text that
// JSON Feed items carry as HTML or as HTML-escaped "plain" text. Private to src/core.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text_fold.h"  // append_utf8, the one UTF-8 encoder

namespace br::detail {

// Decodes the character reference that starts at text[pos] (which is '&'): every numeric
// reference (decimal or hex, with the HTML rules for 0, surrogates, out-of-range values and the
// Windows-1252 range 128-159) and the common named ones (all of HTML 4's Latin-1 set, the
// typographic ones, a few symbols). Appends the text to `out` and returns the bytes consumed,
// or 0 when there is no reference we know at `pos` (the '&' is then a literal ampersand).
size_t decode_entity(std::string_view text, size_t pos, std::string& out);

// `text` with every known reference decoded and everything else kept as is.
std::string decode_entities(std::string_view text);

}  // namespace br::detail
