// Two ways of reading On-Demand values that the one-pass load (parse.cpp) depends on. Private to
// src/core.
// - consume_checked: a value the reader has no use for, read to its end while checking that it
//   is well-formed JSON. On-Demand skips unread values by counting brackets, so `[1, 2}` or `tru`
//   inside an unknown field would pass unseen, and the one-pass load must refuse everything the
//   validating DOM parser refuses.
// - get_text: a string's text, taken straight from the input when it holds no escapes (most do),
//   instead of being copied byte by byte into simdjson's buffer first.
#pragma once

#include <simdjson.h>

#include <string_view>
#include <utility>

namespace br::detail {

// As deep as JSON may nest: simdjson's own limit.
inline constexpr int kMaxJsonDepth = static_cast<int>(simdjson::DEFAULT_MAX_DEPTH);

// Reads `value` to its end, checking every key, string, number and literal in it. Returns
// simdjson's error for the first malformed part, or DEPTH_ERROR when it nests deeper than
// `max_depth`.
simdjson::error_code consume_checked(simdjson::ondemand::value& value,
                                     int max_depth = kMaxJsonDepth);

// The string `value` holds, unescaped, like value.get_string(): a view into the input when the
// string has no escapes (simdjson's stage 1 has already checked its UTF-8 and control
// characters), otherwise into simdjson's string buffer (valid until the next string is read).
simdjson::error_code get_text(simdjson::ondemand::value& value, std::string_view& out);

// Calls fn(key, value) -> simdjson::error_code for each field of `object` in order (the key
// unescaped), stopping at the first error from simdjson or from fn, which it returns.
template <typename Fn>
simdjson::error_code for_each_field(simdjson::ondemand::object& object, Fn&& fn) {
  for (auto field_result : object) {
    simdjson::ondemand::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field)) return error;
    if (auto error = field.unescaped_key().get(key)) return error;
    simdjson::ondemand::value value = field.value();
    if (auto error = fn(key, value)) return error;
  }
  return simdjson::SUCCESS;
}

}  // namespace br::detail
