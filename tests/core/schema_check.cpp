// The schema subset: type, required, properties, items, $ref to #/$defs/..., const, pattern
// (ECMAScript, unanchored as JSON Schema says), maxLength (in characters), anyOf, oneOf; and
// the annotations $schema, $defs, title, description, format, which assert nothing.
#include "schema_check.h"

#include <simdjson.h>

#include <regex>
#include <utility>

namespace br::test {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

const char* type_name(element e) {
  switch (e.type()) {
    case element_type::OBJECT:
      return "object";
    case element_type::ARRAY:
      return "array";
    case element_type::STRING:
      return "string";
    case element_type::BOOL:
      return "boolean";
    case element_type::NULL_VALUE:
      return "null";
    default:
      return "number";
  }
}

bool has_type(element e, std::string_view type) {
  if (type == "integer") {
    double d = 0;
    return e.is_int64() || e.is_uint64() ||
           (!e.get_double().get(d) && d == static_cast<int64_t>(d));
  }
  return type == type_name(e);
}

// Copies, so a schema of the wrong shape gives nothing to iterate rather than a crash.
std::vector<element> array_of(element e) {
  std::vector<element> out;
  simdjson::dom::array a;
  if (!e.get_array().get(a))
    for (element item : a) out.push_back(item);
  return out;
}
std::vector<std::pair<std::string_view, element>> object_of(element e) {
  std::vector<std::pair<std::string_view, element>> out;
  simdjson::dom::object o;
  if (!e.get_object().get(o))
    for (auto [key, value] : o) out.emplace_back(key, value);
  return out;
}
std::string_view string_of(element e) {
  std::string_view s;
  return e.get_string().get(s) ? std::string_view() : s;
}

size_t characters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

class Checker {
 public:
  explicit Checker(element root) : root_(root) {}

  void check(element schema, element value, const std::string& path,
             std::vector<std::string>& errors) {
    simdjson::dom::object keywords;
    if (schema.get_object().get(keywords)) {
      errors.push_back(path + ": the schema is not an object");
      return;
    }
    for (auto [key, rule] : keywords) keyword(key, rule, value, path, errors);
  }

 private:
  void keyword(std::string_view key, element rule, element value, const std::string& path,
               std::vector<std::string>& errors) {
    auto fail = [&](const std::string& what) { errors.push_back(path + ": " + what); };
    std::string_view text;
    if (key == "$schema" || key == "$defs" || key == "title" || key == "description" ||
        key == "format") {
      return;
    } else if (key == "type") {
      bool ok = false;
      if (rule.is_string()) {
        ok = has_type(value, string_of(rule));
      } else {
        for (element t : array_of(rule)) ok = ok || has_type(value, string_of(t));
      }
      if (!ok) fail(std::string("is ") + type_name(value) + ", not " + simdjson::minify(rule));
    } else if (key == "required") {
      if (!value.is_object()) return;
      for (element name : array_of(rule)) {
        element ignored;
        if (value[string_of(name)].get(ignored))
          fail("lacks required \"" + std::string(string_of(name)) + "\"");
      }
    } else if (key == "properties") {
      if (!value.is_object()) return;
      for (auto [name, sub] : object_of(rule)) {
        element member;
        if (!value[name].get(member)) check(sub, member, path + "/" + std::string(name), errors);
      }
    } else if (key == "items") {
      if (!value.is_array()) return;
      size_t i = 0;
      for (element item : array_of(value))
        check(rule, item, path + "/" + std::to_string(i++), errors);
    } else if (key == "$ref") {
      const std::string_view ref = string_of(rule);
      element target;
      if (ref.substr(0, 8) != "#/$defs/" || root_["$defs"][ref.substr(8)].get(target)) {
        fail("unresolvable $ref " + std::string(ref));
        return;
      }
      check(target, value, path, errors);
    } else if (key == "const") {
      if (simdjson::minify(rule) != simdjson::minify(value))
        fail("is not " + simdjson::minify(rule));
    } else if (key == "pattern") {
      if (!value.get_string().get(text) &&
          !std::regex_search(text.begin(), text.end(), std::regex(std::string(string_of(rule)))))
        fail("\"" + std::string(text) + "\" does not match " + simdjson::minify(rule));
    } else if (key == "maxLength") {
      if (!value.get_string().get(text) && characters(text) > rule.get_uint64().value_unsafe())
        fail("is longer than " + simdjson::minify(rule) + " characters");
    } else if (key == "anyOf" || key == "oneOf") {
      size_t valid = 0;
      for (element sub : array_of(rule)) {
        std::vector<std::string> sub_errors;
        check(sub, value, path, sub_errors);
        valid += sub_errors.empty();
      }
      if (key == "anyOf" ? valid == 0 : valid != 1)
        fail("matches " + std::to_string(valid) + " of the schemas in " + std::string(key));
    } else {
      fail("unsupported schema keyword \"" + std::string(key) + "\"");
    }
  }

  element root_;
};

}  // namespace

std::vector<std::string> schema_errors(std::string_view schema, std::string_view instance) {
  simdjson::dom::parser schema_parser, instance_parser;
  const simdjson::padded_string schema_text(schema), instance_text(instance);
  element schema_root, instance_root;
  if (schema_parser.parse(schema_text).get(schema_root)) return {"the schema is not valid JSON"};
  if (instance_parser.parse(instance_text).get(instance_root))
    return {"the instance is not valid JSON"};
  std::vector<std::string> errors;
  Checker(schema_root).check(schema_root, instance_root, "", errors);
  return errors;
}

}  // namespace br::test
