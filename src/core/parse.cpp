// Loading the native bundle format. Cheapest useful message first:
//  1. input_check: empty, UTF-16, images, invalid UTF-8 (one fatal message naming the problem);
//  2. one On-Demand walk (error codes only) that takes the text (views into the file when the
//     caller hands it over, else copies into the bundle's arena), keeping every valid brief
//     and turning each faulty field into a warning (brief_reader.cpp). The walk reads every
//     value, checking the ones it does not use (json_value.h), so a document it accepts is one
//     simdjson's validating parser accepts too;
//  3. only when that walk meets malformed JSON (or anything else fatal), the precise path: the
//     full input check, a simdjson DOM validation pass and json_locate to say where and what,
//     then the walk again on the validated document. A JSON Feed (recognised by its "version"
//     URL) always takes this path and is read by jsonfeed.cpp.
// So a good bundle costs one simdjson pass, and a broken one gets the same exact message as ever.
#include "parse.h"

#include <simdjson.h>

#include <string>
#include <utility>

#include "brief_reader.h"
#include "input_check.h"
#include "json_locate.h"
#include "json_value.h"
#include "jsonfeed.h"
#include "text_util.h"

namespace br {

static_assert(PaddedBytes::kPadding >= simdjson::SIMDJSON_PADDING,
              "simdjson reads up to SIMDJSON_PADDING bytes past the end of the input");

namespace {

using simdjson::ondemand::json_type;

LoadResult fatal(Diagnostic d) {
  LoadResult result;
  d.level = Diagnostic::Level::kError;
  result.diagnostics.push_back(std::move(d));
  result.ok = false;
  return result;
}

LoadResult fatal(std::string message) {
  Diagnostic d;
  d.message = std::move(message);
  return fatal(std::move(d));
}

// When simdjson and our scanner disagree (numbers out of range, lone surrogates), say what
// simdjson found without a position.
std::string message_for(simdjson::error_code error) {
  switch (error) {
    case simdjson::MEMALLOC:
    case simdjson::CAPACITY:
      return "the file is too large to load (out of memory)";
    case simdjson::DEPTH_ERROR:
      return "the JSON is nested too deeply";
    case simdjson::NUMBER_ERROR:
      return "malformed JSON: a number is out of range or not a valid number";
    case simdjson::STRING_ERROR:
      return "malformed JSON: a string holds an invalid escape (such as a lone \\ud800)";
    default:
      return std::string("malformed JSON: ") + simdjson::error_message(error);
  }
}

// Full validation: On-Demand only looks at what it is asked for, but a bundle with a syntax
// error anywhere should not load at all.
std::optional<Diagnostic> validate_json(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  const auto error = parser.parse(json.data(), json.size(), false).get(root);
  if (!error) return std::nullopt;
  if (error != simdjson::MEMALLOC && error != simdjson::CAPACITY) {
    if (auto located = detail::find_json_syntax_error(json)) {
      return detail::diagnostic_at(Diagnostic::Level::kError, json, located->offset,
                                   "malformed JSON: " + located->message);
    }
  }
  Diagnostic d;
  d.message = message_for(error);
  return d;
}

class TopLevelReader {
 public:
  TopLevelReader(std::string_view json, LoadResult& out, bool views)
      : json_(json), out_(out), briefs_(json, out.bundle, out.diagnostics, views) {}

  // Returns an error message when the document cannot be read as a bundle.
  std::optional<Diagnostic> read(simdjson::ondemand::document& doc) {
    json_type type;
    if (auto error = doc.type().get(type)) return simple(message_for(error));
    if (type != json_type::object)
      return simple("the file is JSON, but not a bundle: it holds " +
                    std::string(detail::json_type_name(type)) +
                    " where an object { \"title\": ..., \"briefs\": [...] } should be");
    simdjson::ondemand::object object;
    if (auto error = doc.get_object().get(object)) return simple(message_for(error));
    bool saw_version = false, saw_title = false, saw_briefs = false;
    for (auto field_result : object) {
      simdjson::ondemand::field field;
      std::string_view key;
      if (auto error = std::move(field_result).get(field)) return simple(message_for(error));
      if (auto error = field.unescaped_key().get(key)) return simple(message_for(error));
      simdjson::ondemand::value value = field.value();
      const size_t offset = detail::offset_in(json_, value);
      if (key == "version") {
        read_version(value, offset, !saw_version);
        saw_version = true;
        // Only the one-pass load meets a feed here; it hands the document to the precise path.
        if (json_feed_) return simple("this is a JSON Feed");
      } else if (key == "title") {
        saw_title = read_string(value, offset, key, out_.bundle.title);
      } else if (key == "description") {
        read_string(value, offset, key, out_.bundle.description);
      } else if (key == "language") {
        read_string(value, offset, key, out_.bundle.language);
      } else if (key == "generated_at") {
        read_string(value, offset, key, out_.bundle.generated_at);
      } else if (key == "briefs" && saw_briefs) {
        warn(offset, "\"briefs\" appears twice; the second list was ignored");
        briefs_.skip(value);
      } else if (key == "briefs") {
        saw_briefs = true;
        json_type briefs_type;
        if (auto error = value.type().get(briefs_type)) return simple(message_for(error));
        if (briefs_type != json_type::array) {
          return detail::diagnostic_at(Diagnostic::Level::kError, json_, offset,
                                       "\"briefs\" is " +
                                           std::string(detail::json_type_name(briefs_type)) +
                                           ", not a list of briefs");
        }
        if (auto error = briefs_.read_all(value)) return simple(message_for(*error));
      } else {
        briefs_.skip(value);
      }
      // After malformed JSON simdjson's iterator must not be used again.
      if (saw_malformed_json()) return simple(message_for(simdjson::TAPE_ERROR));
    }
    if (!saw_briefs) return simple("this JSON is not a bundle: it has no \"briefs\" list");
    if (!saw_version) warn_plain("the bundle has no \"version\"; it was read as version 1");
    if (!saw_title) warn_plain("the bundle has no \"title\"");
    return std::nullopt;
  }

  // True when the walk met malformed JSON (only possible when it was not validated first).
  bool saw_malformed_json() const { return malformed_ || briefs_.malformed(); }

 private:
  static Diagnostic simple(std::string message) {
    Diagnostic d;
    d.message = std::move(message);
    return d;
  }
  void warn(size_t offset, std::string message) {
    out_.diagnostics.push_back(
        detail::diagnostic_at(Diagnostic::Level::kWarning, json_, offset, std::move(message)));
  }
  void warn_plain(std::string message) {
    Diagnostic d = simple(std::move(message));
    d.level = Diagnostic::Level::kWarning;
    out_.diagnostics.push_back(std::move(d));
  }

  void read_version(simdjson::ondemand::value& value, size_t offset, bool first) {
    json_type type;
    int64_t version = 0;
    if (!value.type().get(type) && type == json_type::string) {
      std::string_view text;
      if (detail::get_text(value, text)) {
        malformed_ = true;
        return;
      }
      json_feed_ = first && detail::is_json_feed_version(text);
      warn(offset, "\"version\" should be the number 1; the bundle was read as version 1");
      return;
    }
    if (value.type().get(type) || type != json_type::number || value.get_int64().get(version)) {
      warn(offset, "\"version\" should be the number 1; the bundle was read as version 1");
      briefs_.skip(value);
      return;
    }
    if (version > 1) {
      warn(offset, "this bundle is format version " + std::to_string(version) +
                       "; this reader knows version 1, so some content may be missing");
    } else if (version < 1) {
      warn(offset, "version " + std::to_string(version) +
                       " is not a format version; the bundle was read as version 1");
    }
  }

  bool read_string(simdjson::ondemand::value& value, size_t offset, std::string_view key,
                   std::string_view& target) {
    json_type type;
    std::string_view text;
    if (value.type().get(type) || type == json_type::null) {
      briefs_.skip(value);
      return false;
    }
    if (type != json_type::string) {
      warn(offset, "\"" + std::string(key) + "\" is " + detail::json_type_name(type) +
                       ", expected text; it was left out");
      briefs_.skip(value);
      return false;
    }
    if (detail::get_text(value, text)) {
      malformed_ = true;
      return false;
    }
    if (text.size() > detail::kMaxTextBytes) {
      warn(offset, "\"" + std::string(key) + "\" is longer than 64 KiB; it was left out");
      return false;
    }
    target = briefs_.keep(text);
    return true;
  }

  std::string_view json_;
  LoadResult& out_;
  detail::BriefReader briefs_;
  bool malformed_ = false;
  bool json_feed_ = false;  // the first "version" is a JSON Feed's
};

// The precise path: everything checked first, so any failure gets its exact message.
LoadResult parse_validated(std::string_view bytes, bool views) {
  const detail::InputCheck check = detail::check_input_bytes(bytes, "bundle");
  if (check.fatal) return fatal(*check.fatal);
  // The view after a skipped BOM still ends kPadding bytes before the end of the allocation.
  const std::string_view json = bytes.substr(check.skip);
  if (auto invalid = validate_json(json)) return fatal(std::move(*invalid));

  LoadResult result;
  if (check.warning) result.diagnostics.push_back(*check.warning);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (auto error =
          parser.iterate(json.data(), json.size(), json.size() + PaddedBytes::kPadding).get(doc)) {
    return fatal(message_for(error));
  }
  // JSON Feed is recognised by its "version" URL (jsonfeed.cpp); anything else is read as the
  // native format.
  const bool feed = detail::looks_like_json_feed(doc);
  doc.rewind();
  if (feed) {
    if (auto failure = detail::read_json_feed(json, doc, result)) return fatal(std::move(*failure));
    result.ok = true;
    return result;
  }
  TopLevelReader reader(json, result, views);
  if (auto failure = reader.read(doc)) return fatal(std::move(*failure));
  result.ok = true;
  return result;
}

// The fast path: one On-Demand walk over a native bundle. Returns nothing when the bundle needs
// the precise path: a JSON Feed, malformed JSON anywhere, or any fatal problem.
std::optional<LoadResult> parse_in_one_pass(std::string_view bytes, bool views) {
  // simdjson's stage 1 checks the UTF-8 the walk reads, so only the cheap checks run here.
  const detail::InputCheck check = detail::check_input_bytes(bytes, "bundle", false);
  if (check.fatal) return std::nullopt;
  const std::string_view json = bytes.substr(check.skip);
  LoadResult result;
  if (check.warning) result.diagnostics.push_back(*check.warning);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(json.data(), json.size(), json.size() + PaddedBytes::kPadding).get(doc))
    return std::nullopt;
  // A JSON Feed stops the walk at its "version" (looks_like_json_feed would skip values
  // unchecked, and rewinding after malformed JSON is not safe).
  TopLevelReader reader(json, result, views);
  if (reader.read(doc) || reader.saw_malformed_json()) return std::nullopt;
  // Nothing may follow the bundle's object (On-Demand stops reading at its closing brace).
  if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) return std::nullopt;
  result.ok = true;
  return result;
}

LoadResult load(std::string_view bytes, bool views) {
  if (auto loaded = parse_in_one_pass(bytes, views)) return std::move(*loaded);
  return parse_validated(bytes, views);
}

}  // namespace

LoadResult parse_bundle(const PaddedBytes& input) {
  return load(input.view(), false);
}

LoadResult parse_bundle(PaddedBytes&& input) {
  LoadResult result = load(input.view(), true);
  // Moving the bytes keeps their address, so the views stay valid.
  if (result.ok) result.bundle.source = std::move(input);
  return result;
}

namespace detail {
std::string warm_up_json(size_t bytes) {
  // Briefs like real ones: JSON escapes, UTF-8 text, dates, tags and links, so the input check
  // and the walk run the paths a real bundle takes.
  std::string json = "{\"version\":1,\"title\":\"Warm-up\",\"briefs\":[";
  for (unsigned i = 0; json.size() < bytes; ++i) {
    if (i > 0) json += ',';
    const std::string n = std::to_string(i);
    json += "{\"id\":\"w" + n + "\",\"source\":\"Agence \\u00e9clair\",\"dateline\":\"Z\u00fcrich\","
            "\"date\":\"2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) +
            "\",\"title\":\"Talks resume \\\"in good faith\\\" " + n + "\","
            "\"body\":[\"The ministers met on Tuesday for a " + n + "th round; both sides said "
            "the talks\u2019 pace would decide what comes next, and that no date was set.\","
            "\"Officials in S\u00e3o Paulo and Montr\u00e9al declined to comment.\"],"
            "\"tags\":[\"talks\",\"trade\"],\"url\":\"https://example.org/" + n + "\"}";
  }
  json += "]}";
  return json;
}

LoadResult parse_bundle_validated(const PaddedBytes& input) {
  return parse_validated(input.view(), false);
}
}  // namespace detail

void warm_up_parser(size_t bytes) {
  const LoadResult result = parse_bundle(PaddedBytes::copy_of(detail::warm_up_json(bytes)));
  (void)result;
}

}  // namespace br
