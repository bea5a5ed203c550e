// Bundle model: what a loaded bundle of briefs is in memory.
//
// A bundle is a title plus briefs. All text lives in one TextArena owned by the bundle, and the
// briefs hold string_views into it, so a bundle is a few large allocations rather than one per
// field, and moving a Bundle never invalidates its views. Paragraphs and tags of all briefs sit
// in two flat arrays; a brief refers to its slice by index. Nothing here knows about JSON, ImGui
// or the browser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "padded_bytes.h"

namespace br {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
using DayNumber = int32_t;
inline constexpr DayNumber kUndated = INT32_MIN;

// Append-only storage for text. Views returned by store() stay valid for the arena's lifetime,
// including after the arena is moved.
class TextArena {
 public:
  TextArena() = default;
  TextArena(TextArena&&) noexcept = default;
  TextArena& operator=(TextArena&&) noexcept = default;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;

  std::string_view store(std::string_view text);
  size_t bytes_used() const { return bytes_used_; }
  size_t bytes_reserved() const { return bytes_reserved_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cursor_ = nullptr;
  size_t room_ = 0;
  size_t bytes_used_ = 0;
  size_t bytes_reserved_ = 0;
};

struct Brief {
  std::string_view id;         // unique within the bundle; derived when the input has none
  std::string_view source;     // "Iran Focus"
  std::string_view dateline;   // "London"
  std::string_view title;      // as given, or derived from the lede (see title_derived)
  std::string_view url;        // http(s) only, or empty
  std::string_view date_text;  // the date as written in the input, or empty
  DayNumber day = kUndated;
  uint32_t first_paragraph = 0;  // index into Bundle::paragraphs
  uint32_t paragraph_count = 0;
  uint32_t first_tag = 0;  // index into Bundle::tags
  uint32_t tag_count = 0;
  bool title_derived = false;  // true when the title was made from the lede's first words
  // A slot of an archive (archive.h) whose shard is not loaded yet: only `day` is known.
  bool placeholder = false;
};

struct Bundle {
  std::string_view title;
  std::string_view description;
  std::string_view language;
  std::string_view generated_at;
  std::vector<Brief> briefs;
  std::vector<std::string_view> paragraphs;
  std::vector<std::string_view> tags;
  TextArena text;
  // The file the bundle was read from, when parse_bundle was given it to keep: then strings
  // without JSON escapes are views into it rather than copies in `text`.
  PaddedBytes source;

  std::span<const std::string_view> body(const Brief& b) const {
    return {paragraphs.data() + b.first_paragraph, b.paragraph_count};
  }
  std::span<const std::string_view> tags_of(const Brief& b) const {
    return {tags.data() + b.first_tag, b.tag_count};
  }
  // Index of the brief with this id, or -1.
  int32_t find(std::string_view id) const;
};

// A display title from a lede: its first words, cut at a word boundary near `max_bytes`, with
// an ellipsis when cut. Never splits a UTF-8 sequence.
std::string_view derive_title(std::string_view lede, size_t max_bytes, TextArena& arena);

// A stable id for a brief without one: "b-" + 12 hex digits of a hash of its date, source,
// dateline, title and first paragraph.
std::string_view derive_id(const Bundle& bundle, const Brief& brief, TextArena& arena);

}  // namespace br
