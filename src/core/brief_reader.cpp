// The per-brief half of parse_bundle: walks one brief object with simdjson On-Demand (error
// codes only), copies its text into the bundle arena and records what was wrong with it. A
// brief is only left out when nothing readable remains (no title and no body); otherwise the
// faulty field goes and the brief stays, so one typo never hides the rest of a bundle.
#include "brief_reader.h"

#include <algorithm>
#include <string>
#include <utility>

#include "date.h"
#include "json_value.h"
#include "text_util.h"

namespace br::detail {
namespace {

using simdjson::ondemand::json_type;

// In the order of kBriefFields.
enum Field { kId, kDate, kSource, kDateline, kTitle, kBody, kUrl, kTags, kUnknown };

Field field_of(std::string_view key) {
  for (size_t i = 0; i < std::size(kBriefFields); ++i)
    if (kBriefFields[i] == key) return static_cast<Field>(i);
  return kUnknown;
}

}  // namespace

std::string quoted(std::string_view text, size_t max_bytes) {
  const std::string_view cut = utf8_prefix(text, max_bytes);
  return "\"" + std::string(cut) + (cut.size() < text.size() ? "…\"" : "\"");
}

bool is_web_url(std::string_view url) {
  auto has_scheme = [url](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != scheme[i]) return false;
    }
    return true;
  };
  return has_scheme("http://") || has_scheme("https://");
}

const char* json_type_name(json_type type) {
  switch (type) {
    case json_type::array:
      return "a list";
    case json_type::object:
      return "an object";
    case json_type::number:
      return "a number";
    case json_type::string:
      return "text";
    case json_type::boolean:
      return "true/false";
    case json_type::null:
      return "null";
  }
  return "an unknown value";
}

BriefReader::Pending BriefReader::begin(size_t index, size_t offset) const {
  Pending p;
  p.index = index;
  p.offset = offset;
  p.brief.first_paragraph = static_cast<uint32_t>(bundle_.paragraphs.size());
  p.brief.first_tag = static_cast<uint32_t>(bundle_.tags.size());
  return p;
}

std::optional<simdjson::error_code> BriefReader::read_all(simdjson::ondemand::value& briefs) {
  simdjson::ondemand::array array;
  if (auto error = briefs.get_array().get(array)) return error;
  size_t index = 0;
  for (auto element : array) {
    simdjson::ondemand::value value;
    if (auto error = element.get(value)) return error;
    if (auto error = read_brief(value, index++)) return error;
    if (malformed_) return simdjson::TAPE_ERROR;
  }
  return std::nullopt;
}

std::optional<simdjson::error_code> BriefReader::read_brief(simdjson::ondemand::value& value,
                                                            size_t index) {
  Pending p = begin(index, offset_in(json_, value));
  json_type type;
  if (auto error = value.type().get(type)) return error;
  if (type != json_type::object) {
    warn(p, p.offset, "",
         std::string("the brief is ") + json_type_name(type) + ", not an object; it was left out");
    skip(value);
    discard(p);
    return std::nullopt;
  }
  simdjson::ondemand::object object;
  if (auto error = value.get_object().get(object)) return error;
  const auto error =
      for_each_field(object, [&](std::string_view key, simdjson::ondemand::value& field_value) {
        if (auto failed = read_field(p, key, field_value)) return *failed;
        // After malformed JSON simdjson's iterator must not be used again.
        return malformed_ ? simdjson::TAPE_ERROR : simdjson::SUCCESS;
      });
  if (error) return error;
  finish(p);
  return std::nullopt;
}

std::optional<simdjson::error_code> BriefReader::read_field(Pending& p, std::string_view key,
                                                            simdjson::ondemand::value& value) {
  const Field field = field_of(key);
  if (field == kUnknown) {  // unknown fields are allowed and ignored
    skip(value);
    return std::nullopt;
  }
  const size_t offset = offset_in(json_, value);
  const std::string_view name = key;
  if (p.seen & (1u << field)) {
    warn(p, offset, std::string(name),
         "\"" + std::string(name) + "\" appears twice in this brief; the first was kept");
    skip(value);
    return std::nullopt;
  }
  p.seen |= 1u << field;
  json_type type;
  if (auto error = value.type().get(type)) return error;
  if (type == json_type::null) {  // null means absent
    skip(value);
    return std::nullopt;
  }
  Brief& b = p.brief;
  std::string_view text;
  switch (field) {
    case kId:
      if (read_text(p, value, offset, name, kMaxTextBytes, text)) {
        p.id = text;
        p.id_offset = offset;
      }
      break;
    case kDate:
      if (!read_text(p, value, offset, name, kMaxTextBytes, text)) break;
      if (auto day = parse_date(text)) {
        b.day = *day;
        b.date_text = text;
      } else {
        warn(p, offset, std::string(name),
             "\"date\": " + quoted(text) +
                 " is not a date (expected YYYY-MM-DD or an RFC 3339 date-time); the brief is "
                 "shown as undated");
      }
      break;
    case kSource:
      if (read_text(p, value, offset, name, kMaxTextBytes, text)) b.source = text;
      break;
    case kDateline:
      if (read_text(p, value, offset, name, kMaxTextBytes, text)) b.dateline = text;
      break;
    case kTitle:
      if (read_text(p, value, offset, name, kMaxTextBytes, text)) b.title = text;
      break;
    case kUrl:
      if (!read_text(p, value, offset, name, kMaxUrlBytes, text)) break;
      if (is_web_url(text)) {
        b.url = text;
      } else {
        warn(p, offset, std::string(name),
             "\"url\": only http and https links are kept; " + quoted(text) + " was left out");
      }
      break;
    case kBody:
      return read_body(p, value, offset);
    case kTags:
      return read_tags(p, value, offset);
    case kUnknown:
      break;
  }
  return std::nullopt;
}

bool BriefReader::read_text(Pending& p, simdjson::ondemand::value& value, size_t offset,
                            std::string_view field, size_t max_bytes, std::string_view& out,
                            int64_t index) {
  // The field's name is only made when there is something to say about it.
  auto name_of = [field, index] {
    std::string name(field);
    if (index >= 0) name += "[" + std::to_string(index) + "]";
    return name;
  };
  json_type type{};
  std::string_view text;
  if (value.type().get(type)) {
    malformed_ = true;
    return false;
  }
  if (type != json_type::string) {
    const std::string name = name_of();
    warn(p, offset, name,
         "\"" + name + "\" is " + json_type_name(type) + ", expected text; it was left out");
    skip(value);
    return false;
  }
  if (get_text(value, text)) {
    malformed_ = true;
    return false;
  }
  if (text.size() > max_bytes) {
    const std::string name = name_of();
    warn(p, offset, name,
         "\"" + name + "\" is longer than " + std::to_string(max_bytes / 1024) + " KiB (" +
             std::to_string(text.size()) + " bytes); it was left out");
    return false;
  }
  out = keep(text);
  return true;
}

std::optional<simdjson::error_code> BriefReader::read_body(Pending& p,
                                                           simdjson::ondemand::value& value,
                                                           size_t offset) {
  json_type type;
  if (auto error = value.type().get(type)) return error;
  if (type == json_type::string) {
    std::string_view text;
    if (auto error = get_text(value, text)) return error;
    add_paragraphs_from_text(p, text, offset);
    return std::nullopt;
  }
  if (type != json_type::array) {
    warn(p, offset, "body",
         std::string("\"body\" is ") + json_type_name(type) +
             ", expected a list of paragraphs or text; it was left out");
    skip(value);
    return std::nullopt;
  }
  simdjson::ondemand::array array;
  if (auto error = value.get_array().get(array)) return error;
  int64_t i = 0;
  for (auto element : array) {
    simdjson::ondemand::value item;
    if (auto error = element.get(item)) return error;
    std::string_view paragraph;
    if (read_text(p, item, offset_in(json_, item), "body", kMaxTextBytes, paragraph, i++)) {
      bundle_.paragraphs.push_back(paragraph);
      ++p.brief.paragraph_count;
    }
    if (malformed_) return simdjson::TAPE_ERROR;
  }
  return std::nullopt;
}

std::optional<simdjson::error_code> BriefReader::read_tags(Pending& p,
                                                           simdjson::ondemand::value& value,
                                                           size_t offset) {
  json_type type;
  if (auto error = value.type().get(type)) return error;
  if (type != json_type::array) {
    warn(p, offset, "tags",
         std::string("\"tags\" is ") + json_type_name(type) +
             ", expected a list of text; it was left out");
    skip(value);
    return std::nullopt;
  }
  simdjson::ondemand::array array;
  if (auto error = value.get_array().get(array)) return error;
  int64_t i = 0;
  for (auto element : array) {
    simdjson::ondemand::value item;
    if (auto error = element.get(item)) return error;
    std::string_view tag;
    if (read_text(p, item, offset_in(json_, item), "tags", kMaxTextBytes, tag, i++))
      add_tag(p, tag);
    if (malformed_) return simdjson::TAPE_ERROR;
  }
  return std::nullopt;
}

void BriefReader::add_paragraph(Pending& p, std::string_view text, size_t offset,
                                std::string field) {
  if (text.size() > kMaxTextBytes) {
    warn(p, offset, field,
         "a paragraph of \"" + field.substr(0, field.find('[')) + "\" is longer than 64 KiB (" +
             std::to_string(text.size()) + " bytes); it was left out");
    return;
  }
  bundle_.paragraphs.push_back(keep(text));
  ++p.brief.paragraph_count;
}

void BriefReader::add_tag(Pending& p, std::string_view tag) {
  bundle_.tags.push_back(tag);
  ++p.brief.tag_count;
}

void BriefReader::add_paragraphs_from_text(Pending& p, std::string_view text, size_t offset,
                                           std::string_view field) {
  size_t index = 0;
  auto emit = [&](std::string_view paragraph) {
    add_paragraph(p, trim_ascii(paragraph), offset,
                  std::string(field) + "[" + std::to_string(index++) + "]");
  };
  size_t pos = 0, start = std::string_view::npos, end = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    if (trim_ascii(text.substr(pos, eol - pos)).empty()) {
      if (start != std::string_view::npos) emit(text.substr(start, end - start));
      start = std::string_view::npos;
    } else {
      if (start == std::string_view::npos) start = pos;
      end = eol;
    }
    pos = eol + 1;
  }
  if (start != std::string_view::npos) emit(text.substr(start, end - start));
}

void BriefReader::finish(Pending& p) {
  Brief& b = p.brief;
  if (trim_ascii(b.title).empty()) b.title = {};
  std::string_view lede;
  for (std::string_view paragraph : bundle_.body(b)) {
    if (!trim_ascii(paragraph).empty()) {
      lede = paragraph;
      break;
    }
  }
  if (b.title.empty() && lede.empty()) {
    warn(p, p.offset, "", "the brief has neither a title nor a body; it was left out");
    discard(p);
    return;
  }
  if (b.title.empty()) {
    b.title = derive_title(lede, kDerivedTitleBytes, bundle_.text);
    b.title_derived = true;
  }
  if (p.id.empty()) {
    b.id = unique_id(derive_id(bundle_, b, bundle_.text));
  } else if (auto taken = ids_.find(p.id); taken != ids_.end()) {
    b.id = unique_id(p.id);
    warn(p, p.id_offset, "id",
         "the id " + quoted(p.id) + " is already used by brief " + std::to_string(taken->second) +
             "; this brief was given the id " + quoted(b.id));
    // Made last, it belongs where the id is; the others were made in input order.
    const auto before = [](const Diagnostic& x, const Diagnostic& y) {
      return x.line != y.line ? x.line < y.line : x.column < y.column;
    };
    auto& ds = p.diagnostics;
    std::rotate(std::upper_bound(ds.begin(), ds.end() - 1, ds.back(), before), ds.end() - 1,
                ds.end());
  } else {
    b.id = p.id;
  }
  ids_.emplace(b.id, p.index);
  bundle_.briefs.push_back(b);
  for (auto& d : p.diagnostics) {
    d.brief_id = std::string(b.id);
    diagnostics_.push_back(std::move(d));
  }
}

void BriefReader::discard(Pending& p) {
  bundle_.paragraphs.resize(p.brief.first_paragraph);
  bundle_.tags.resize(p.brief.first_tag);
  for (auto& d : p.diagnostics) {
    d.brief_id = std::string(p.id);
    diagnostics_.push_back(std::move(d));
  }
  p.diagnostics.clear();
}

std::string_view BriefReader::unique_id(std::string_view wanted) {
  if (ids_.find(wanted) == ids_.end()) return wanted;
  for (size_t n = 2;; ++n) {
    const std::string candidate = std::string(wanted) + "-" + std::to_string(n);
    if (ids_.find(candidate) == ids_.end()) return bundle_.text.store(candidate);
  }
}

void BriefReader::skip(simdjson::ondemand::value& value) {
  if (consume_checked(value)) malformed_ = true;
}

void BriefReader::warn(Pending& p, size_t offset, std::string field, std::string message) {
  Diagnostic d;
  d.level = Diagnostic::Level::kWarning;
  d.message = std::move(message);
  d.brief_index = static_cast<int64_t>(p.index);
  d.field = std::move(field);
  const TextPosition where = cursor_.at(offset);
  d.line = where.line;
  d.column = where.column;
  d.excerpt = excerpt_around(json_, offset);
  p.diagnostics.push_back(std::move(d));
}

}  // namespace br::detail
