// JSON Feed items into briefs: the item fields are collected first (a brief's body may come
// from content_html, content_text or summary, its link from url or external_url, whichever is
// usable), then turned into the brief in one step.
#include "jsonfeed_items.h"

#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "date.h"
#include "html_entities.h"
#include "html_text.h"
#include "text_util.h"

namespace br::detail {

using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

// The item fields a brief is made of, in the order of kItemFields.
enum JsonFeedItems::Field : int {
  kId,
  kUrl,
  kExternalUrl,
  kTitle,
  kContentHtml,
  kContentText,
  kSummary,
  kDatePublished,
  kDateModified,
  kTags,
  kAuthors,
  kAuthor,
  kOther
};

namespace {

constexpr std::string_view kItemFields[] = {
    "id",           "url",     "external_url",   "title",         "content_html",
    "content_text", "summary", "date_published", "date_modified", "tags",
    "authors",      "author"};
static_assert(std::size(kItemFields) == JsonFeedItems::kOther);

constexpr size_t kMaxContentBytes = 1024 * 1024;  // content_html, content_text, summary

JsonFeedItems::Field field_of(std::string_view key) {
  for (size_t i = 0; i < std::size(kItemFields); ++i)
    if (kItemFields[i] == key) return static_cast<JsonFeedItems::Field>(i);
  return JsonFeedItems::kOther;
}

}  // namespace

// Strings of one item, views into simdjson's buffer until the item is finished.
struct JsonFeedItems::Item {
  std::string_view text[kOther];
  size_t at[kOther] = {};
};

std::string decode_feed_text(std::string_view text) {
  return std::string(trim_ascii(text.find('&') == std::string_view::npos ? std::string(text)
                                                                         : decode_entities(text)));
}

std::string_view feed_author_name(value& v, bool list) {
  std::string_view found;
  auto name_of = [&found](value& author) {
    simdjson::ondemand::object object;
    std::string_view name;
    if (!found.empty() || author.get_object().get(object)) return;
    if (!object.find_field_unordered("name").get_string().get(name))
      found = trim_ascii(name).substr(0, kMaxTextBytes);
  };
  if (!list) {
    name_of(v);
    return found;
  }
  simdjson::ondemand::array array;
  if (v.get_array().get(array)) return {};
  for (auto element : array) {
    value author;
    if (!element.get(author)) name_of(author);
  }
  return found;
}

std::optional<simdjson::error_code> JsonFeedItems::read_items(value& items) {
  simdjson::ondemand::array array;
  if (auto error = items.get_array().get(array)) return error;
  size_t index = 0;
  for (auto element : array) {
    value v;
    if (auto error = element.get(v)) return error;
    if (auto error = read_item(v, index++)) return error;
  }
  return std::nullopt;
}

std::optional<simdjson::error_code> JsonFeedItems::read_item(value& v, size_t index) {
  Pending p = briefs_.begin(index, offset_in(json_, v));
  json_type type;
  if (auto error = v.type().get(type)) return error;
  if (type != json_type::object) {
    briefs_.warn(
        p, p.offset, "",
        std::string("the item is ") + json_type_name(type) + ", not an object; it was left out");
    briefs_.discard(p);
    return std::nullopt;
  }
  simdjson::ondemand::object object;
  if (auto error = v.get_object().get(object)) return error;
  Item item;
  for (auto field_result : object) {
    simdjson::ondemand::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field)) return error;
    if (auto error = field.unescaped_key().get(key)) return error;
    const Field f = field_of(key);
    if (f == kOther) continue;  // attachments, image, _extensions, ...: not part of a brief
    value fv = field.value();
    if (auto error = read_item_field(p, item, f, key, fv)) return error;
  }
  finish_item(p, item);
  return std::nullopt;
}

std::optional<simdjson::error_code> JsonFeedItems::read_item_field(Pending& p, Item& item, Field f,
                                                                   std::string_view key, value& v) {
  const size_t offset = offset_in(json_, v);
  const std::string name(key);
  if (p.seen & (1u << f)) {
    briefs_.warn(p, offset, name,
                 "\"" + name + "\" appears twice in this item; the first was kept");
    return std::nullopt;
  }
  p.seen |= 1u << f;
  json_type type;
  if (auto error = v.type().get(type)) return error;
  if (type == json_type::null) return std::nullopt;
  std::string_view text;
  switch (f) {
    case kId:
      if (type == json_type::number) {  // JSON Feed 1.0 feeds in the wild use numbers
        p.id = briefs_.arena().store(trim_ascii(v.raw_json_token()));
        p.id_offset = offset;
      } else if (briefs_.read_text(p, v, offset, name, kMaxTextBytes, text)) {
        p.id = text;
        p.id_offset = offset;
      }
      break;
    case kTags:
      return read_tags(p, v, offset, type);
    case kAuthors:
    case kAuthor:
      if (type != (f == kAuthors ? json_type::array : json_type::object)) {
        briefs_.warn(p, offset, name,
                     "\"" + name + "\" is " + json_type_name(type) + ", expected " +
                         (f == kAuthors ? "a list of authors" : "an author object") +
                         "; it was left out");
      } else {
        item.text[f] = feed_author_name(v, f == kAuthors);
      }
      break;
    default: {
      const bool long_text = f == kContentHtml || f == kContentText || f == kSummary;
      const size_t max = long_text                          ? kMaxContentBytes
                         : (f == kUrl || f == kExternalUrl) ? kMaxUrlBytes
                                                            : kMaxTextBytes;
      if (type != json_type::string || v.get_string().get(text)) {
        briefs_.warn(
            p, offset, name,
            "\"" + name + "\" is " + json_type_name(type) + ", expected text; it was left out");
      } else if (text.size() > max) {
        briefs_.warn(p, offset, name,
                     "\"" + name + "\" is longer than " + std::to_string(max / 1024) + " KiB (" +
                         std::to_string(text.size()) + " bytes); it was left out");
      } else {
        item.text[f] = text;
        item.at[f] = offset;
      }
    }
  }
  return std::nullopt;
}

std::optional<simdjson::error_code> JsonFeedItems::read_tags(Pending& p, value& v, size_t offset,
                                                             json_type type) {
  if (type != json_type::array) {
    briefs_.warn(p, offset, "tags",
                 std::string("\"tags\" is ") + json_type_name(type) +
                     ", expected a list of text; it was left out");
    return std::nullopt;
  }
  simdjson::ondemand::array array;
  if (auto error = v.get_array().get(array)) return error;
  size_t i = 0;
  for (auto element : array) {
    value tag_value;
    if (auto error = element.get(tag_value)) return error;
    std::string_view tag;
    const std::string name = "tags[" + std::to_string(i++) + "]";
    if (briefs_.read_text(p, tag_value, offset_in(json_, tag_value), name, kMaxTextBytes, tag))
      briefs_.add_tag(p, tag);
  }
  return std::nullopt;
}

void JsonFeedItems::finish_item(Pending& p, const Item& item) {
  Brief& b = p.brief;
  const bool published = !item.text[kDatePublished].empty();
  const Field date = published ? kDatePublished : kDateModified;
  if (!item.text[date].empty()) set_date(p, item.text[date], item.at[date], kItemFields[date]);

  b.title = briefs_.arena().store(decode_feed_text(item.text[kTitle]));
  if (!item.text[kContentHtml].empty()) {
    const std::vector<std::string> paragraphs = html_to_paragraphs(item.text[kContentHtml]);
    for (size_t i = 0; i < paragraphs.size(); ++i)
      briefs_.add_paragraph(p, paragraphs[i], item.at[kContentHtml],
                            "content_html[" + std::to_string(i) + "]");
  }
  for (const Field f : {kContentText, kSummary}) {
    if (b.paragraph_count == 0 && !item.text[f].empty())
      briefs_.add_paragraphs_from_text(p, decode_feed_text(item.text[f]), item.at[f],
                                       kItemFields[f]);
  }

  for (const Field f : {kUrl, kExternalUrl}) {
    if (item.text[f].empty()) continue;
    const std::string url = resolve(item.text[f]);
    if (is_web_url(url)) {
      b.url = briefs_.arena().store(url);
      break;
    }
    briefs_.warn(p, item.at[f], std::string(kItemFields[f]),
                 "\"" + std::string(kItemFields[f]) + "\": only http and https links are kept; " +
                     quoted(item.text[f]) + " was left out");
  }

  const std::string_view author =
      item.text[kAuthors].empty() ? item.text[kAuthor] : item.text[kAuthors];
  b.source = author.empty() ? feed_author_ : briefs_.arena().store(decode_feed_text(author));
  briefs_.finish(p);
}

void JsonFeedItems::set_date(Pending& p, std::string_view text, size_t offset,
                             std::string_view field) {
  Brief& b = p.brief;
  const std::string name(field);
  if (auto day = parse_date(text)) {
    b.day = *day;
    b.date_text = briefs_.arena().store(text);
    return;
  }
  // "2017-02-20 10:30:00", "2017-02-20T10:30:00+0300": not RFC 3339, but the day is clear.
  const char sep = text.size() > 10 ? text[10] : 0;
  if (sep == 'T' || sep == 't' || sep == ' ') {
    if (auto day = parse_date(text.substr(0, 10))) {
      b.day = *day;
      b.date_text = briefs_.arena().store(text.substr(0, 10));
      briefs_.warn(p, offset, name,
                   "\"" + name + "\": " + quoted(text) +
                       " is not an RFC 3339 date-time; its day, " + format_iso_date(*day) +
                       ", was used");
      return;
    }
  }
  briefs_.warn(p, offset, name,
               "\"" + name + "\": " + quoted(text) +
                   " is not a date (expected an RFC 3339 date-time); the brief is shown as "
                   "undated");
}

// "/2017/02/post" and "//host/post" against the feed's home_page_url; others as they are.
std::string JsonFeedItems::resolve(std::string_view url) const {
  if (url.empty() || url[0] != '/' || home_.empty()) return std::string(url);
  const size_t scheme_end = home_.find("://");
  if (url.size() > 1 && url[1] == '/') return home_.substr(0, scheme_end + 1) + std::string(url);
  const size_t path = home_.find('/', scheme_end + 3);
  return home_.substr(0, path) + std::string(url);
}

}  // namespace br::detail
