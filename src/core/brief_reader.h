// Reading the "briefs" list of a bundle with simdjson On-Demand: one brief at a time, each
// faulty field dropped with a warning, ids made unique. Private to src/core (used by parse.cpp).
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bundle.h"
#include "diagnostic.h"
#include "text_util.h"

namespace br::detail {

inline constexpr size_t kMaxTextBytes = 64 * 1024;  // a paragraph, title or other text field
inline constexpr size_t kMaxUrlBytes = 2 * 1024;
inline constexpr size_t kDerivedTitleBytes = 80;

// "a number", "a list", ... for messages.
const char* json_type_name(simdjson::ondemand::json_type type);

// Byte offset of a not-yet-consumed value in the document `json`.
inline size_t offset_in(std::string_view json, simdjson::ondemand::value& value) {
  const std::string_view token = value.raw_json_token();
  const auto offset = token.data() - json.data();
  return offset < 0 || static_cast<size_t>(offset) > json.size() ? 0 : static_cast<size_t>(offset);
}

class BriefReader {
 public:
  BriefReader(std::string_view json, Bundle& bundle, std::vector<Diagnostic>& diagnostics)
      : json_(json), bundle_(bundle), diagnostics_(diagnostics), cursor_(json) {}

  // Reads every element of the "briefs" array. Returns an error only when simdjson itself fails
  // (which the validation pass makes unexpected); faulty briefs become warnings.
  std::optional<simdjson::error_code> read_all(simdjson::ondemand::value& briefs);

 private:
  struct Pending;

  std::optional<simdjson::error_code> read_brief(simdjson::ondemand::value& value, size_t index);
  std::optional<simdjson::error_code> read_field(Pending& p, std::string_view key,
                                                 simdjson::ondemand::value& value);
  bool read_text(Pending& p, simdjson::ondemand::value& value, size_t offset,
                 std::string_view field, size_t max_bytes, std::string_view& out);
  std::optional<simdjson::error_code> read_body(Pending& p, simdjson::ondemand::value& value,
                                                size_t offset);
  std::optional<simdjson::error_code> read_tags(Pending& p, simdjson::ondemand::value& value,
                                                size_t offset);
  void add_paragraphs_from_text(Pending& p, std::string_view text, size_t offset);
  void finish(Pending& p);
  std::string_view unique_id(std::string_view wanted);
  void warn(Pending& p, size_t offset, std::string field, std::string message);

  std::string_view json_;
  Bundle& bundle_;
  std::vector<Diagnostic>& diagnostics_;
  PositionCursor cursor_;  // warnings come in input order, so positions are found in one pass
  std::unordered_map<std::string_view, size_t> ids_;  // id -> input index of its brief
};

}  // namespace br::detail
