// Reading valid and partly faulty bundles: what is kept, what is dropped, and what the
// warnings say. Fatal problems are in parse_errors_test.cpp.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "date.h"
#include "parse.h"

namespace br {
namespace {

LoadResult parse(std::string_view json) {
  return parse_bundle(PaddedBytes::copy_of(json));
}

std::vector<const Diagnostic*> warnings_for(const LoadResult& r, std::string_view field) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : r.diagnostics)
    if (!d.is_error() && d.field == field) out.push_back(&d);
  return out;
}

std::vector<std::string> body_of(const Bundle& bundle, const Brief& b) {
  std::vector<std::string> out;
  for (std::string_view p : bundle.body(b)) out.emplace_back(p);
  return out;
}

TEST(ParseTest, reads_every_field_of_a_complete_bundle) {
  const LoadResult r = parse(R"({
    "version": 1, "title": "Morning brief", "description": "Daily", "language": "en",
    "generated_at": "2017-02-20T06:00:00Z",
    "briefs": [{
      "id": "a1", "date": "2017-02-20", "source": "Iran Focus", "dateline": "London",
      "title": "Unrest in Khuzestan", "body": ["First.", "Second."],
      "url": "https://example.org/a1", "tags": ["iran", "oil"]
    }]})");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty());
  const Bundle& bundle = r.bundle;
  EXPECT_EQ(bundle.title, "Morning brief");
  EXPECT_EQ(bundle.description, "Daily");
  EXPECT_EQ(bundle.language, "en");
  EXPECT_EQ(bundle.generated_at, "2017-02-20T06:00:00Z");
  ASSERT_EQ(bundle.briefs.size(), 1u);
  const Brief& b = bundle.briefs[0];
  EXPECT_EQ(b.id, "a1");
  EXPECT_EQ(b.day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(b.date_text, "2017-02-20");
  EXPECT_EQ(b.source, "Iran Focus");
  EXPECT_EQ(b.dateline, "London");
  EXPECT_EQ(b.title, "Unrest in Khuzestan");
  EXPECT_FALSE(b.title_derived);
  EXPECT_EQ(b.url, "https://example.org/a1");
  EXPECT_EQ(body_of(bundle, b), (std::vector<std::string>{"First.", "Second."}));
  ASSERT_EQ(bundle.tags_of(b).size(), 2u);
  EXPECT_EQ(bundle.tags_of(b)[1], "oil");
}

TEST(ParseTest, copies_all_text_into_the_bundle_arena) {
  const std::string json = R"({"version":1,"title":"T","briefs":[{"id":"x","body":["abc"]}]})";
  PaddedBytes input = PaddedBytes::copy_of(json);
  LoadResult r = parse_bundle(input);
  ASSERT_TRUE(r.ok);
  std::memset(input.data(), ' ', input.size());  // the input may go away after loading
  const Bundle moved = std::move(r.bundle);      // and the bundle may move
  EXPECT_EQ(moved.title, "T");
  EXPECT_EQ(moved.briefs[0].id, "x");
  EXPECT_EQ(moved.body(moved.briefs[0])[0], "abc");
  EXPECT_GT(moved.text.bytes_used(), 0u);
}

TEST(ParseTest, keeps_accents_and_curly_quotes_byte_exact) {
  const LoadResult r = parse(
      "{\"version\":1,\"title\":\"Revue de presse\",\"briefs\":[{\"title\":\"G\xC3\xA9rard "
      "Deprez \xE2\x80\x9Cquoted\xE2\x80\x9D\",\"body\":[\"Iran\xE2\x80\x99s \\u00e9t\\u00e9 "
      "\\ud83d\\ude00\"]}]}");
  ASSERT_TRUE(r.ok);
  const Brief& b = r.bundle.briefs[0];
  EXPECT_EQ(b.title, "G\xC3\xA9rard Deprez \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(r.bundle.body(b)[0], "Iran\xE2\x80\x99s \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(ParseTest, splits_a_body_string_into_paragraphs_at_blank_lines) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"title":"x","body":"  One line\nstill one.\n\n\nTwo.\r\n  \r\nThree.\n"}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(body_of(r.bundle, r.bundle.briefs[0]),
            (std::vector<std::string>{"One line\nstill one.", "Two.", "Three."}));
}

TEST(ParseTest, derives_a_title_from_the_first_paragraph_when_missing) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"body":["Amid heightened political tensions between the United States and Iran, there is huge unrest."]},
    {"body":["Short lede."]}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_TRUE(r.bundle.briefs[0].title_derived);
  EXPECT_EQ(r.bundle.briefs[0].title,
            "Amid heightened political tensions between the United States and Iran…");
  EXPECT_EQ(r.bundle.briefs[1].title, "Short lede.");
}

TEST(ParseTest, derives_a_stable_id_when_missing) {
  const char* json = R"({"version":1,"title":"T","briefs":[{"date":"2017-02-20","body":["A."]},
                                                            {"date":"2017-02-21","body":["A."]}]})";
  const LoadResult a = parse(json);
  const LoadResult b = parse(json);
  ASSERT_TRUE(a.ok);
  const std::string_view id = a.bundle.briefs[0].id;
  ASSERT_EQ(id.size(), 14u);
  EXPECT_EQ(id.substr(0, 2), "b-");
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef", 2), std::string_view::npos);
  EXPECT_EQ(id, b.bundle.briefs[0].id);
  EXPECT_NE(id, a.bundle.briefs[1].id);  // the date is part of the hash
}

TEST(ParseTest, keeps_valid_briefs_when_one_has_a_bad_date) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"id":"a","date":"2017-02-20","title":"Good"},
    {"id":"b","date":"2017-02-30","title":"Bad date"},
    {"id":"c","date":"2017-02-19","title":"Also good"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 3u);
  EXPECT_EQ(r.bundle.briefs[1].day, kUndated);
  EXPECT_EQ(r.bundle.briefs[1].date_text, "");
  EXPECT_EQ(r.bundle.briefs[2].day, days_from_civil(2017, 2, 19));
  const auto w = warnings_for(r, "date");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0]->brief_index, 1);
  EXPECT_EQ(w[0]->brief_id, "b");
  EXPECT_EQ(w[0]->line, 3u);
  EXPECT_EQ(w[0]->column, 22u);
  EXPECT_NE(w[0]->message.find("\"2017-02-30\" is not a date"), std::string::npos);
  EXPECT_FALSE(has_error(r.diagnostics));
}

TEST(ParseTest, drops_a_field_of_the_wrong_type_and_keeps_the_brief) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"id":"a","title":42,"body":["The lede."],"source":["x"],"tags":"iran"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 1u);
  const Brief& b = r.bundle.briefs[0];
  EXPECT_EQ(b.title, "The lede.");
  EXPECT_TRUE(b.title_derived);
  EXPECT_EQ(b.source, "");
  EXPECT_EQ(b.tag_count, 0u);
  const auto title = warnings_for(r, "title");
  ASSERT_EQ(title.size(), 1u);
  EXPECT_EQ(title[0]->message, "\"title\" is a number, expected text; it was left out");
  EXPECT_EQ(title[0]->brief_index, 0);
  EXPECT_EQ(title[0]->brief_id, "a");
  EXPECT_EQ(warnings_for(r, "source").size(), 1u);
  EXPECT_EQ(warnings_for(r, "tags").size(), 1u);
}

TEST(ParseTest, drops_single_bad_paragraphs_and_tags) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"title":"x","body":["one", 2, "three"],"tags":["a", null, "c"]}]})");
  ASSERT_TRUE(r.ok);
  const Brief& b = r.bundle.briefs[0];
  EXPECT_EQ(body_of(r.bundle, b), (std::vector<std::string>{"one", "three"}));
  EXPECT_EQ(b.tag_count, 2u);
  EXPECT_EQ(warnings_for(r, "body[1]").size(), 1u);
  EXPECT_EQ(warnings_for(r, "tags[1]").size(), 1u);
}

TEST(ParseTest, leaves_out_briefs_that_are_not_objects_or_have_no_text) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    "just a string", {"id":"empty","source":"S","tags":["t"]}, {"id":"ok","title":"Kept"},
    {"id":"nobody","title":7,"body":[]}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 1u);
  EXPECT_EQ(r.bundle.briefs[0].id, "ok");
  EXPECT_TRUE(r.bundle.tags.empty());  // the dropped brief's tags went with it
  ASSERT_EQ(r.diagnostics.size(), 4u);
  EXPECT_EQ(r.diagnostics[0].message, "the brief is text, not an object; it was left out");
  EXPECT_EQ(r.diagnostics[0].brief_index, 0);
  EXPECT_EQ(r.diagnostics[1].message, "the brief has neither a title nor a body; it was left out");
  EXPECT_EQ(r.diagnostics[1].brief_id, "empty");
  EXPECT_EQ(r.diagnostics[2].field, "title");
  EXPECT_EQ(r.diagnostics[3].brief_index, 3);
}

TEST(ParseTest, gives_a_duplicate_id_a_unique_suffix) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"id":"same","title":"First"},{"id":"same","title":"Second"},{"id":"same","title":"Third"},
    {"id":"same-2","title":"Fourth"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 4u);
  EXPECT_EQ(r.bundle.briefs[0].id, "same");
  EXPECT_EQ(r.bundle.briefs[1].id, "same-2");
  EXPECT_EQ(r.bundle.briefs[2].id, "same-3");
  EXPECT_EQ(r.bundle.briefs[3].id, "same-2-2");
  EXPECT_EQ(r.bundle.find("same"), 0);
  EXPECT_EQ(r.bundle.find("same-3"), 2);
  const auto w = warnings_for(r, "id");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0]->brief_index, 1);
  EXPECT_EQ(w[0]->brief_id, "same-2");
  EXPECT_EQ(w[0]->line, 2u);  // at the repeated id
  EXPECT_EQ(w[0]->column, 41u);
  EXPECT_EQ(w[0]->message,
            "the id \"same\" is already used by brief 0; this brief was given the id \"same-2\"");
}

// The duplicate-id warning is made once the brief is read, but is listed where the id is: after
// the warnings of fields before the id, before those of fields after it.
TEST(ParseTest, lists_a_duplicate_id_warning_in_input_order) {
  const LoadResult r = parse(R"json({"version":1,"title":"T","briefs":[{"id":"x","title":"a"},
    {"date":"someday","id":"x","title":"b","url":"ftp://example.org"}]})json");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_EQ(r.diagnostics[0].field, "date");
  EXPECT_EQ(r.diagnostics[1].field, "id");
  EXPECT_EQ(r.diagnostics[2].field, "url");
  for (const Diagnostic& d : r.diagnostics) EXPECT_EQ(d.brief_id, "x-2");
}

TEST(ParseTest, keeps_only_http_and_https_urls) {
  const LoadResult r = parse(R"json({"version":1,"title":"T","briefs":[
    {"title":"a","url":"HTTPS://example.org/x"},{"title":"b","url":"javascript:alert(1)"},
    {"title":"c","url":"ftp://example.org"},{"title":"d","url":"http://"}]})json");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.briefs[0].url, "HTTPS://example.org/x");
  EXPECT_EQ(r.bundle.briefs[1].url, "");
  EXPECT_EQ(r.bundle.briefs[2].url, "");
  EXPECT_EQ(r.bundle.briefs[3].url, "");
  EXPECT_EQ(warnings_for(r, "url").size(), 3u);
}

TEST(ParseTest, drops_over_long_fields) {
  const std::string long_paragraph(64 * 1024 + 1, 'x');
  const std::string long_url = "https://example.org/" + std::string(2048, 'u');
  const std::string json = R"({"version":1,"title":"T","briefs":[{"title":"t","body":["ok",")" +
                           long_paragraph + R"("],"url":")" + long_url + R"("}]})";
  const LoadResult r = parse(json);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.briefs[0].paragraph_count, 1u);
  EXPECT_EQ(r.bundle.briefs[0].url, "");
  ASSERT_EQ(warnings_for(r, "body[1]").size(), 1u);
  EXPECT_NE(warnings_for(r, "body[1]")[0]->message.find("longer than 64 KiB"), std::string::npos);
  EXPECT_EQ(warnings_for(r, "url").size(), 1u);
}

TEST(ParseTest, treats_null_as_absent_and_ignores_unknown_fields) {
  const LoadResult r = parse(R"({"version":1,"title":"T","extra":{"deep":[1,2,{"x":null}]},
    "briefs":[{"title":"a","date":null,"url":null,"source":null,"mood":"happy"}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.bundle.briefs[0].day, kUndated);
}

TEST(ParseTest, keeps_the_first_of_a_repeated_field) {
  const LoadResult r = parse(R"({"version":1,"title":"T","briefs":[
    {"title":"first","title":"second","body":["a"],"body":["b"]}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.briefs[0].title, "first");
  EXPECT_EQ(body_of(r.bundle, r.bundle.briefs[0]), (std::vector<std::string>{"a"}));
  EXPECT_EQ(warnings_for(r, "title").size(), 1u);
  EXPECT_EQ(warnings_for(r, "body").size(), 1u);
}

TEST(ParseTest, loads_a_newer_version_with_a_warning) {
  const LoadResult r = parse(R"({"version":2,"title":"T","briefs":[{"title":"a"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "this bundle is format version 2; this reader knows version 1, so some content may "
            "be missing");
  EXPECT_EQ(r.diagnostics[0].line, 1u);
  EXPECT_EQ(r.diagnostics[0].column, 12u);
  EXPECT_EQ(r.bundle.briefs.size(), 1u);
}

TEST(ParseTest, warns_about_a_missing_version_and_title) {
  const LoadResult r = parse(R"({"briefs":[]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].message, "the bundle has no \"version\"; it was read as version 1");
  EXPECT_EQ(r.diagnostics[1].message, "the bundle has no \"title\"");
  EXPECT_TRUE(r.bundle.briefs.empty());
}

TEST(ParseTest, skips_a_utf8_byte_order_mark_with_a_warning) {
  const LoadResult r = parse("\xEF\xBB\xBF{\"version\":1,\"title\":\"T\",\"briefs\":[]}");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_FALSE(r.diagnostics[0].is_error());
  EXPECT_EQ(r.diagnostics[0].message,
            "the file starts with a UTF-8 byte order mark; it was skipped");
  EXPECT_EQ(r.bundle.title, "T");
}

TEST(ParseTest, keeps_the_time_of_an_rfc3339_date) {
  const LoadResult r = parse(
      R"({"version":1,"title":"T","briefs":[{"title":"a","date":"2017-02-20T23:30:00-05:00"}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.briefs[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(r.bundle.briefs[0].date_text, "2017-02-20T23:30:00-05:00");
}

TEST(ParseTest, reports_warnings_in_input_order_with_positions) {
  const LoadResult r = parse(
      "{\"version\":1,\"title\":\"T\",\"briefs\":[\n"
      "  {\"title\":\"a\",\"date\":\"yesterday\"},\n"
      "  {\"title\":\"b\",\"url\":\"mailto:x@example.org\"}\n"
      "]}");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].field, "date");
  EXPECT_EQ(r.diagnostics[0].line, 2u);
  EXPECT_EQ(r.diagnostics[0].column, 23u);
  EXPECT_EQ(r.diagnostics[0].excerpt, "{\"title\":\"a\",\"date\":\"yesterday\"},");
  EXPECT_EQ(r.diagnostics[1].field, "url");
  EXPECT_EQ(r.diagnostics[1].line, 3u);
  EXPECT_EQ(r.diagnostics[1].column, 22u);
}

// warm_up_parser parses this to get the parser's code optimized: it must be a clean bundle, or
// the warm-up would run the warning paths instead of the ones real bundles take.
TEST(ParseTest, the_warm_up_bundle_is_valid_and_about_the_size_asked) {
  const std::string json = detail::warm_up_json(64 * 1024);
  EXPECT_GE(json.size(), 64u * 1024);
  EXPECT_LT(json.size(), 65u * 1024);
  const LoadResult r = parse(json);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  ASSERT_GT(r.bundle.briefs.size(), 100u);
  const Brief& b = r.bundle.briefs[3];
  EXPECT_EQ(b.source, "Agence \u00e9clair");
  EXPECT_EQ(b.dateline, "Z\u00fcrich");
  EXPECT_EQ(b.title, "Talks resume \"in good faith\" 3");
  EXPECT_EQ(b.url, "https://example.org/3");
  EXPECT_EQ(b.day, days_from_civil(2024, 4, 13));
  EXPECT_EQ(body_of(r.bundle, b).size(), 2u);
  EXPECT_EQ(r.bundle.tags_of(b).size(), 2u);
}

}  // namespace
}  // namespace br
