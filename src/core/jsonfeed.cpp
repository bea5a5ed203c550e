// JSON Feed into a bundle: the feed's own fields here, its items in jsonfeed_items.cpp. Feeds
// from the wild are written by many generators, so the reader is lenient where the meaning is
// clear (numeric ids, HTML-escaped titles, relative links, a date-time without a proper offset
// still names its day) and strict only where the reader's safety is at stake (http/https links
// only). It walks the document twice with On-Demand: the feed's own fields first (its author is
// every item's default author, wherever it is written), then the items.
#include "jsonfeed.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "brief_reader.h"
#include "input_check.h"
#include "jsonfeed_items.h"
#include "text_util.h"

namespace br::detail {
namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

constexpr std::string_view kKnownVersions[] = {"1", "1.1"};
constexpr std::string_view kVersionPrefixes[] = {"https://jsonfeed.org/version/",
                                                 "http://jsonfeed.org/version/"};

Diagnostic plain(Diagnostic::Level level, std::string message) {
  Diagnostic d;
  d.level = level;
  d.message = std::move(message);
  return d;
}

Diagnostic failure(simdjson::error_code error) {
  if (error == simdjson::MEMALLOC || error == simdjson::CAPACITY)
    return plain(Diagnostic::Level::kError, "the file is too large to load (out of memory)");
  return plain(Diagnostic::Level::kError,
               std::string("the feed could not be read: ") + simdjson::error_message(error));
}

class FeedReader {
 public:
  FeedReader(std::string_view json, LoadResult& out)
      : json_(json), out_(out), briefs_(json, out.bundle, out.diagnostics) {}

  std::optional<Diagnostic> read(simdjson::ondemand::document& doc) {
    if (auto failed = read_feed_fields(doc)) return failed;
    doc.rewind();
    simdjson::ondemand::object object;
    if (auto error = doc.get_object().get(object)) return failure(error);
    bool items_read = false;
    for (auto field_result : object) {
      simdjson::ondemand::field field;
      std::string_view key;
      if (auto error = std::move(field_result).get(field)) return failure(error);
      if (auto error = field.unescaped_key().get(key)) return failure(error);
      if (key != "items" || items_read) continue;
      items_read = true;
      value items = field.value();
      JsonFeedItems reader(json_, briefs_, feed_author_, home_);
      if (auto error = reader.read_items(items)) return failure(*error);
    }
    // Feed-level warnings were made first; show everything in the order of the file.
    std::stable_sort(out_.diagnostics.begin(), out_.diagnostics.end(),
                     [](const Diagnostic& x, const Diagnostic& y) {
                       const uint32_t lx = x.line ? x.line : UINT32_MAX;
                       const uint32_t ly = y.line ? y.line : UINT32_MAX;
                       return lx != ly ? lx < ly : x.column < y.column;
                     });
    return std::nullopt;
  }

 private:
  std::optional<Diagnostic> read_feed_fields(simdjson::ondemand::document& doc) {
    simdjson::ondemand::object object;
    if (auto error = doc.get_object().get(object)) return failure(error);
    bool saw_items = false, saw_title = false;
    std::string_view authors, author;
    for (auto field_result : object) {
      simdjson::ondemand::field field;
      std::string_view key, text;
      if (auto error = std::move(field_result).get(field)) return failure(error);
      if (auto error = field.unescaped_key().get(key)) return failure(error);
      value v = field.value();
      const size_t offset = offset_in(json_, v);
      if (key == "version") {
        if (!v.get_string().get(text)) check_version(text, offset);
      } else if (key == "title") {
        saw_title = feed_text(v, offset, key, out_.bundle.title);
      } else if (key == "description") {
        feed_text(v, offset, key, out_.bundle.description);
      } else if (key == "language") {
        feed_text(v, offset, key, out_.bundle.language);
      } else if (key == "home_page_url") {
        if (!v.get_string().get(text) && is_web_url(text) && text.size() <= kMaxUrlBytes)
          home_ = text;
      } else if (key == "authors") {
        authors = feed_author_name(v, true);
      } else if (key == "author") {
        author = feed_author_name(v, false);
      } else if (key == "items" && !saw_items) {
        saw_items = true;
        json_type type;
        if (auto error = v.type().get(type)) return failure(error);
        if (type != json_type::array)
          return diagnostic_at(
              Diagnostic::Level::kError, json_, offset,
              "\"items\" is " + std::string(json_type_name(type)) + ", not a list of feed items");
      }
    }
    if (!saw_items) return plain(Diagnostic::Level::kError, "this JSON Feed has no \"items\" list");
    if (!saw_title)
      out_.diagnostics.push_back(plain(Diagnostic::Level::kWarning, "the feed has no \"title\""));
    // Copied now: the second pass reuses simdjson's string buffer.
    feed_author_ = briefs_.arena().store(decode_feed_text(authors.empty() ? author : authors));
    return std::nullopt;
  }

  void check_version(std::string_view version, size_t offset) {
    for (std::string_view prefix : kVersionPrefixes) {
      if (version.substr(0, prefix.size()) != prefix) continue;
      std::string_view number = version.substr(prefix.size());
      if (!number.empty() && number.back() == '/') number.remove_suffix(1);
      for (std::string_view known : kKnownVersions)
        if (number == known) return;
      out_.diagnostics.push_back(diagnostic_at(
          Diagnostic::Level::kWarning, json_, offset,
          "this is JSON Feed version " + quoted(number) +
              "; this reader knows versions 1 and 1.1, so some content may be missing"));
      return;
    }
  }

  bool feed_text(value& v, size_t offset, std::string_view key, std::string_view& target) {
    json_type type;
    std::string_view text;
    if (v.type().get(type) || type == json_type::null) return false;
    if (type != json_type::string || v.get_string().get(text) || text.size() > kMaxTextBytes) {
      out_.diagnostics.push_back(diagnostic_at(
          Diagnostic::Level::kWarning, json_, offset,
          "\"" + std::string(key) + "\" is " +
              (type == json_type::string ? std::string("longer than 64 KiB")
                                         : std::string(json_type_name(type)) + ", expected text") +
              "; it was left out"));
      return false;
    }
    target = briefs_.arena().store(decode_feed_text(text));
    return !target.empty();
  }

  std::string_view json_;
  LoadResult& out_;
  BriefReader briefs_;
  std::string_view feed_author_;
  std::string home_;  // the feed's home_page_url when it is a web link
};

}  // namespace

bool is_json_feed_version(std::string_view version) {
  for (std::string_view prefix : kVersionPrefixes)
    if (version.size() > prefix.size() && version.substr(0, prefix.size()) == prefix) return true;
  return false;
}

bool looks_like_json_feed(simdjson::ondemand::document& doc) {
  simdjson::ondemand::object object;
  std::string_view version;
  if (doc.get_object().get(object)) return false;
  return !object.find_field_unordered("version").get_string().get(version) &&
         is_json_feed_version(version);
}

std::optional<Diagnostic> read_json_feed(std::string_view json, simdjson::ondemand::document& doc,
                                         LoadResult& out) {
  FeedReader reader(json, out);
  return reader.read(doc);
}

}  // namespace br::detail
