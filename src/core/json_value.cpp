// consume_checked is a recursive walk over one On-Demand value that asks simdjson to parse every
// scalar it meets (get_string unescapes and checks escapes, get_number and get_bool check the
// whole literal), and iterates containers so their commas, colons and closing brackets are
// checked too. Recursion depth is bounded by max_depth (simdjson's limit by default). get_text
// saves the fallback kernel's byte-at-a-time unescaping copy (the web build's simdjson) for
// strings without a backslash.
#include "json_value.h"

namespace br::detail {

using simdjson::ondemand::json_type;

simdjson::error_code consume_checked(simdjson::ondemand::value& value, int max_depth) {
  json_type type;
  if (auto error = value.type().get(type)) return error;
  switch (type) {
    case json_type::object: {
      if (max_depth <= 0) return simdjson::DEPTH_ERROR;
      simdjson::ondemand::object object;
      if (auto error = value.get_object().get(object)) return error;
      return for_each_field(object,
                            [max_depth](std::string_view, simdjson::ondemand::value& inner) {
                              return consume_checked(inner, max_depth - 1);
                            });
    }
    case json_type::array: {
      if (max_depth <= 0) return simdjson::DEPTH_ERROR;
      simdjson::ondemand::array array;
      if (auto error = value.get_array().get(array)) return error;
      for (auto element : array) {
        simdjson::ondemand::value inner;
        if (auto error = element.get(inner)) return error;
        if (auto error = consume_checked(inner, max_depth - 1)) return error;
      }
      return simdjson::SUCCESS;
    }
    case json_type::string: {
      std::string_view text;
      return value.get_string().get(text);
    }
    case json_type::number: {
      simdjson::ondemand::number number;
      return value.get_number().get(number);
    }
    case json_type::boolean: {
      bool b;
      return value.get_bool().get(b);
    }
    case json_type::null: {
      bool is_null = false;
      if (auto error = value.is_null().get(is_null)) return error;
      return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code get_text(simdjson::ondemand::value& value, std::string_view& out) {
  // The token runs from the opening quote to the next token: the closing quote, then spaces.
  std::string_view token = value.raw_json_token();
  while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' ||
                            token.back() == '\t'))
    token.remove_suffix(1);
  if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
    const std::string_view inner = token.substr(1, token.size() - 2);
    if (inner.find('\\') == std::string_view::npos) {
      simdjson::ondemand::raw_json_string raw;  // moves past the string without copying it
      if (auto error = value.get_raw_json_string().get(raw)) return error;
      out = inner;
      return simdjson::SUCCESS;
    }
  }
  return value.get_string().get(out);
}

}  // namespace br::detail
