// Reading the "briefs" list of a bundle with simdjson On-Demand: one brief at a time, each
// faulty field dropped with a warning, ids made unique. Private to src/core: parse.cpp reads
// native bundles with it, jsonfeed_items.cpp builds JSON Feed items into briefs with its steps.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
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
  // With views_into_json, text found verbatim in `json` is kept as a view into it (the caller
  // keeps `json` alive as long as the bundle); otherwise all text is copied into the arena.
  BriefReader(std::string_view json, Bundle& bundle, std::vector<Diagnostic>& diagnostics,
              bool views_into_json = false)
      : json_(json),
        bundle_(bundle),
        diagnostics_(diagnostics),
        cursor_(json),
        views_(views_into_json) {}

  // Reads every element of the "briefs" array. Returns an error when simdjson itself fails (the
  // JSON is malformed); faulty briefs become warnings.
  std::optional<simdjson::error_code> read_all(simdjson::ondemand::value& briefs);

  // The building blocks, shared with the other input formats (jsonfeed.cpp): begin() a brief,
  // add its text, finish() it. Warnings name `field` and point at `offset` in the document.
  struct Pending {
    Brief brief;
    size_t index = 0;
    size_t offset = 0;
    std::string_view id;  // as given, in the arena
    size_t id_offset = 0;
    uint32_t seen = 0;  // bit per field already read
    std::vector<Diagnostic> diagnostics;
  };
  Pending begin(size_t index, size_t offset) const;
  // Stores a string value of at most `max_bytes`; a wrong type or size is a warning and false.
  // Warnings name `field`, or `field[index]` for an index of 0 or more.
  bool read_text(Pending& p, simdjson::ondemand::value& value, size_t offset,
                 std::string_view field, size_t max_bytes, std::string_view& out,
                 int64_t index = -1);
  // "First.\n\nSecond." -> two paragraphs; single line breaks stay.
  void add_paragraphs_from_text(Pending& p, std::string_view text, size_t offset,
                                std::string_view field = "body");
  void add_paragraph(Pending& p, std::string_view text, size_t offset, std::string field);
  void add_tag(Pending& p, std::string_view tag);
  // Derives a missing title and id, makes the id unique, and adds the brief to the bundle unless
  // it has neither a title nor a body. Moves the brief's warnings to the diagnostics.
  void finish(Pending& p);
  // Drops the brief (already warned about) and moves its warnings to the diagnostics.
  void discard(Pending& p);
  void warn(Pending& p, size_t offset, std::string field, std::string message);
  // Consumes a value the reader does not use, checking that it is well-formed JSON
  // (json_value.h); malformed() then says whether any was not.
  void skip(simdjson::ondemand::value& value);
  bool malformed() const { return malformed_; }
  TextArena& arena() { return bundle_.text; }
  // Text for the bundle: a view when it lies in the document and views are allowed, else a copy.
  std::string_view keep(std::string_view text) {
    const auto at = reinterpret_cast<uintptr_t>(text.data());
    const auto begin = reinterpret_cast<uintptr_t>(json_.data());
    if (views_ && at >= begin && at + text.size() <= begin + json_.size()) return text;
    return bundle_.text.store(text);
  }

 private:
  std::optional<simdjson::error_code> read_brief(simdjson::ondemand::value& value, size_t index);
  std::optional<simdjson::error_code> read_field(Pending& p, std::string_view key,
                                                 simdjson::ondemand::value& value);
  std::optional<simdjson::error_code> read_body(Pending& p, simdjson::ondemand::value& value,
                                                size_t offset);
  std::optional<simdjson::error_code> read_tags(Pending& p, simdjson::ondemand::value& value,
                                                size_t offset);
  std::string_view unique_id(std::string_view wanted);

  std::string_view json_;
  Bundle& bundle_;
  std::vector<Diagnostic>& diagnostics_;
  PositionCursor cursor_;  // warnings come in input order, so positions are found in one pass
  std::unordered_map<std::string_view, size_t> ids_;  // id -> input index of its brief
  bool malformed_ = false;
  bool views_;
};

// The fields each format knows, for docs/bundle.schema.json's test and for messages.
inline constexpr std::string_view kBundleFields[] = {"version",  "title",        "description",
                                                     "language", "generated_at", "briefs"};
inline constexpr std::string_view kBriefFields[] = {"id",    "date", "source", "dateline",
                                                    "title", "body", "url",    "tags"};

// True for http:// and https:// links (case-insensitive scheme), the only ones kept.
bool is_web_url(std::string_view url);

// '"text"', cut to about max_bytes with an ellipsis, for messages.
std::string quoted(std::string_view text, size_t max_bytes = 40);

}  // namespace br::detail
