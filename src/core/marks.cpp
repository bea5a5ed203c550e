// Saving and restoring read/starred marks as JSON (parsed with simdjson, like bundles).
#include "marks.h"

#include <simdjson.h>

#include "bundle_json.h"
#include "padded_bytes.h"

namespace br {

size_t Marks::count(uint8_t flag) const {
  size_t n = 0;
  for (uint8_t f : flags) n += (f & flag) ? 1 : 0;
  return n;
}

std::string marks_key(const Bundle& bundle, std::string_view source_name) {
  return std::string(bundle.title.empty() ? source_name : bundle.title);
}

namespace {

void append_ids(std::string& out, const Bundle& bundle, const Marks& marks, uint8_t flag) {
  out += '[';
  bool first = true;
  for (uint32_t i = 0; i < bundle.briefs.size(); ++i) {
    if (!marks.has(i, flag)) continue;
    if (!first) out += ',';
    first = false;
    out += json_quote(bundle.briefs[i].id);
  }
  out += ']';
}

bool read_ids(simdjson::ondemand::object& root, const char* key, const Bundle& bundle,
              Marks& marks, uint8_t flag) {
  simdjson::ondemand::array ids;
  auto found = root.find_field_unordered(key).get_array().get(ids);
  if (found == simdjson::NO_SUCH_FIELD) return true;
  if (found) return false;
  for (auto element : ids) {
    std::string_view id;
    if (element.get_string().get(id)) return false;
    const int32_t index = bundle.find(id);
    if (index >= 0) marks.set(static_cast<uint32_t>(index), flag, true);
  }
  return true;
}

}  // namespace

std::string marks_to_json(const Bundle& bundle, const Marks& marks) {
  std::string out = "{\"version\":1,\"read\":";
  append_ids(out, bundle, marks, Marks::kRead);
  out += ",\"starred\":";
  append_ids(out, bundle, marks, Marks::kStarred);
  out += '}';
  return out;
}

bool marks_from_json(const Bundle& bundle, std::string_view json, Marks& marks) {
  marks.reset(bundle.briefs.size());
  const PaddedBytes bytes = PaddedBytes::copy_of(json);
  if (!bytes.ok()) return false;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  simdjson::ondemand::object root;
  if (parser.iterate(bytes.data(), bytes.size(), bytes.size() + PaddedBytes::kPadding).get(doc) ||
      doc.get_object().get(root)) {
    marks.reset(bundle.briefs.size());
    return false;
  }
  if (!read_ids(root, "read", bundle, marks, Marks::kRead) ||
      !read_ids(root, "starred", bundle, marks, Marks::kStarred)) {
    marks.reset(bundle.briefs.size());
    return false;
  }
  return true;
}

}  // namespace br
