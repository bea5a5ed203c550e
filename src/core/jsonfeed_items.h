// One JSON Feed item into one brief, through the BriefReader steps the native format uses.
// Private to src/core (used by jsonfeed.cpp).
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "brief_reader.h"

namespace br::detail {

// Text of a feed: character references decoded (many generators HTML-escape plain text),
// surrounding spaces trimmed.
std::string decode_feed_text(std::string_view text);

// The name of the first author with one: `authors` is a list of objects (1.1), `author` one
// object (1.0). Anything else gives "". A view into simdjson's buffer.
std::string_view feed_author_name(simdjson::ondemand::value& v, bool list);

class JsonFeedItems {
 public:
  // `author` (kept alive by the caller) stands in for items without one; relative links are
  // resolved against `home`, the feed's home_page_url when it is an http(s) link, or "".
  JsonFeedItems(std::string_view json, BriefReader& briefs, std::string_view author,
                std::string home)
      : json_(json), briefs_(briefs), feed_author_(author), home_(std::move(home)) {}

  // Reads every element of "items". Returns an error only when simdjson itself fails.
  std::optional<simdjson::error_code> read_items(simdjson::ondemand::value& items);

  enum Field : int;  // the item fields a brief is made of (jsonfeed_items.cpp)

 private:
  struct Item;
  using Pending = BriefReader::Pending;

  std::optional<simdjson::error_code> read_item(simdjson::ondemand::value& v, size_t index);
  std::optional<simdjson::error_code> read_item_field(Pending& p, Item& item, Field f,
                                                      std::string_view key,
                                                      simdjson::ondemand::value& v);
  std::optional<simdjson::error_code> read_tags(Pending& p, simdjson::ondemand::value& v,
                                                size_t offset, simdjson::ondemand::json_type type);
  void finish_item(Pending& p, const Item& item);
  void set_date(Pending& p, std::string_view text, size_t offset, std::string_view field);
  std::string resolve(std::string_view url) const;

  std::string_view json_;
  BriefReader& briefs_;
  std::string_view feed_author_;
  std::string home_;
};

}  // namespace br::detail
