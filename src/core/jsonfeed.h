// JSON Feed 1.0 and 1.1 (jsonfeed.org) read as a bundle: parse_bundle hands a document over
// when its "version" is a jsonfeed.org version URL. Private to src/core (used by parse.cpp).
#pragma once

#include <simdjson.h>

#include <optional>
#include <string_view>

#include "diagnostic.h"
#include "parse.h"

namespace br::detail {

// True for "https://jsonfeed.org/version/1", ".../1.1" and any other version under that
// address (http too), which are read as JSON Feed.
bool is_json_feed_version(std::string_view version);

// True when the document's top-level "version" is a JSON Feed version. Leaves the document
// wherever it stopped: rewind it before reading it again.
bool looks_like_json_feed(simdjson::ondemand::document& doc);

// Reads a JSON Feed document (from its start) into `out`: the feed's title, description and
// language, and one brief per item. Returns an error when the document cannot be read as a
// feed at all (no "items" list); faulty items and fields become warnings.
std::optional<Diagnostic> read_json_feed(std::string_view json, simdjson::ondemand::document& doc,
                                         LoadResult& out);

}  // namespace br::detail
