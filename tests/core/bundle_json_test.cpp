// Writing bundles as JSON: escaping, the exact layout, and write -> parse round trips.
#include "bundle_json.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "date.h"
#include "digest.h"
#include "parse.h"
#include "test_data.h"

namespace br {
namespace {

LoadResult parse(std::string_view json) {
  return parse_bundle(PaddedBytes::copy_of(json));
}

// Every field of two bundles, compared through their views.
void expect_same_bundle(const Bundle& a, const Bundle& b) {
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.language, b.language);
  EXPECT_EQ(a.generated_at, b.generated_at);
  ASSERT_EQ(a.briefs.size(), b.briefs.size());
  for (size_t i = 0; i < a.briefs.size(); ++i) {
    const Brief &x = a.briefs[i], &y = b.briefs[i];
    EXPECT_EQ(x.id, y.id) << i;
    EXPECT_EQ(x.day, y.day) << i;
    EXPECT_EQ(x.source, y.source) << i;
    EXPECT_EQ(x.dateline, y.dateline) << i;
    EXPECT_EQ(x.title, y.title) << i;
    EXPECT_EQ(x.title_derived, y.title_derived) << i;
    EXPECT_EQ(x.url, y.url) << i;
    ASSERT_EQ(x.paragraph_count, y.paragraph_count) << i;
    for (size_t k = 0; k < x.paragraph_count; ++k)
      EXPECT_EQ(a.body(x)[k], b.body(y)[k]) << i << "/" << k;
    ASSERT_EQ(x.tag_count, y.tag_count) << i;
    for (size_t k = 0; k < x.tag_count; ++k) EXPECT_EQ(a.tags_of(x)[k], b.tags_of(y)[k]);
  }
}

TEST(BundleJsonTest, quotes_text_escaping_only_what_json_and_html_need) {
  EXPECT_EQ(json_quote(""), "\"\"");
  EXPECT_EQ(json_quote("say \"hi\" \\ bye"), R"("say \"hi\" \\ bye")");
  EXPECT_EQ(json_quote("a\nb\tc\rd\be\ff"), R"("a\nb\tc\rd\be\ff")");
  EXPECT_EQ(json_quote(std::string_view("\x01\x1f\0x", 4)), R"("\u0001\u001f\u0000x")");
  EXPECT_EQ(json_quote("</script><b>a/b</b>"), R"("<\/script><b>a/b<\/b>")");
  EXPECT_EQ(json_quote("G\xC3\xA9rard \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"),
            "\"G\xC3\xA9rard \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80\"");
}

TEST(BundleJsonTest, writes_the_documented_layout) {
  const LoadResult r = parse(R"({"version":1,"title":"Brief","language":"en","briefs":[
    {"id":"a","date":"2017-02-20","source":"S","dateline":"D","title":"T","body":["p1","p2"],
     "url":"https://example.org","tags":["x"]},
    {"id":"b","body":["Only a lede."]}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(write_bundle_json(r.bundle),
            "{\n"
            "  \"version\": 1,\n"
            "  \"title\": \"Brief\",\n"
            "  \"language\": \"en\",\n"
            "  \"briefs\": [\n"
            "    {\n"
            "      \"id\": \"a\",\n"
            "      \"date\": \"2017-02-20\",\n"
            "      \"source\": \"S\",\n"
            "      \"dateline\": \"D\",\n"
            "      \"title\": \"T\",\n"
            "      \"body\": [\n"
            "        \"p1\",\n"
            "        \"p2\"\n"
            "      ],\n"
            "      \"url\": \"https://example.org\",\n"
            "      \"tags\": [\n"
            "        \"x\"\n"
            "      ]\n"
            "    },\n"
            "    {\n"
            "      \"id\": \"b\",\n"
            "      \"source\": \"\",\n"
            "      \"dateline\": \"\",\n"
            "      \"body\": [\n"
            "        \"Only a lede.\"\n"
            "      ]\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(BundleJsonTest, writes_an_empty_bundle_with_empty_lists) {
  Bundle bundle;
  bundle.title = bundle.text.store("Nothing yet");
  EXPECT_EQ(write_bundle_json(bundle),
            "{\n  \"version\": 1,\n  \"title\": \"Nothing yet\",\n  \"briefs\": []\n}\n");
}

TEST(BundleJsonTest, round_trips_the_sample_digest) {
  const LoadResult digest =
      parse_digest(test::sample_digest(), 2017, "Iran Focus digest, February 2017");
  ASSERT_TRUE(digest.ok);
  const std::string json = write_bundle_json(digest.bundle);
  const LoadResult again = parse(json);
  ASSERT_TRUE(again.ok);
  EXPECT_TRUE(again.diagnostics.empty());
  expect_same_bundle(digest.bundle, again.bundle);
  EXPECT_EQ(write_bundle_json(again.bundle), json);
}

TEST(BundleJsonTest, round_trips_awkward_text_and_every_optional_field) {
  Bundle bundle;
  TextArena& t = bundle.text;
  bundle.title = t.store("Quotes \" and \\ and </script>");
  bundle.description = t.store("Line one\nline two\ttabbed \x01");
  bundle.language = t.store("fa");
  bundle.generated_at = t.store("2017-02-20T06:00:00+03:30");
  bundle.paragraphs = {
      t.store("\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xE2\x80\x9Cquoted\xE2\x80\x9D"),
      t.store(std::string_view("nul \0 inside", 12)), t.store("Lede only.")};
  bundle.tags = {t.store("a/b"), t.store("</tag>")};
  Brief full;
  full.id = t.store("id with spaces & \"quotes\"");
  full.source = t.store("Source");
  full.dateline = t.store("Tehran");
  full.title = t.store("A given title");
  full.url = t.store("https://example.org/?q=\"x\"&r=</a>");
  full.date_text = t.store("2017-02-20T23:30:00-05:00");
  full.day = days_from_civil(2017, 2, 20);
  full.first_paragraph = 0;
  full.paragraph_count = 2;
  full.first_tag = 0;
  full.tag_count = 2;
  Brief derived;
  derived.id = t.store("b-000000000001");
  derived.first_paragraph = 2;
  derived.paragraph_count = 1;
  derived.first_tag = 2;
  derived.title = derive_title("Lede only.", 80, t);
  derived.title_derived = true;
  bundle.briefs = {full, derived};

  const std::string json = write_bundle_json(bundle);
  EXPECT_EQ(json.find("</"), std::string::npos);  // safe inside <script>
  const LoadResult again = parse(json);
  ASSERT_TRUE(again.ok);
  EXPECT_TRUE(again.diagnostics.empty());
  expect_same_bundle(bundle, again.bundle);
  EXPECT_EQ(again.bundle.briefs[0].date_text, "2017-02-20T23:30:00-05:00");  // time kept
  EXPECT_EQ(write_bundle_json(again.bundle), json);
}

TEST(BundleJsonTest, writes_the_iso_day_when_date_text_is_not_a_bundle_date) {
  Bundle bundle;
  Brief b;
  b.id = bundle.text.store("x");
  b.title = bundle.text.store("t");
  b.date_text = bundle.text.store("20 Feb");
  b.day = days_from_civil(2017, 2, 20);
  bundle.briefs = {b};
  EXPECT_NE(write_bundle_json(bundle).find("\"date\": \"2017-02-20\""), std::string::npos);
}

}  // namespace
}  // namespace br
