// JSON Feed 1.1 and 1.0 read by parse_bundle: the field mapping, and the shapes real feeds
// have (untitled items, HTML-only content, offsets, attachments, extensions, numeric ids).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bundle_json.h"
#include "date.h"
#include "parse.h"

namespace br {
namespace {

LoadResult parse(std::string_view json) {
  return parse_bundle(PaddedBytes::copy_of(json));
}

std::vector<std::string> body_of(const Bundle& bundle, const Brief& b) {
  std::vector<std::string> out;
  for (std::string_view p : bundle.body(b)) out.emplace_back(p);
  return out;
}

std::vector<std::string> messages(const LoadResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(d.message);
  return out;
}

// A feed as a blog engine writes it, with everything the reader must skip over.
constexpr std::string_view kFeed11 = R"({
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Khuzestan Watch",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "description": "Daily notes",
  "language": "en-GB",
  "icon": "https://example.org/icon.png",
  "authors": [{"name": "Feed Desk", "url": "https://example.org/desk"}],
  "_example_ext": {"about": "https://example.org/ext", "nested": [1, {"a": null}]},
  "items": [
    {
      "id": "https://example.org/2017/02/20/unrest",
      "url": "https://example.org/2017/02/20/unrest",
      "title": "Unrest in Khuzestan",
      "content_html": "<p>Protests in <b>Ahvaz</b> &amp; Abadan.</p><p>Second&nbsp;paragraph.</p>",
      "content_text": "Protests in Ahvaz & Abadan.\n\nSecond paragraph.",
      "summary": "Protests.",
      "date_published": "2017-02-20T23:30:00+03:00",
      "date_modified": "2017-02-21T08:00:00Z",
      "tags": ["khuzestan", "protests"],
      "authors": [{"avatar": "https://example.org/a.png"}, {"name": "Sara K."}],
      "image": "https://example.org/photo.jpg",
      "attachments": [{"url": "https://example.org/a.mp3", "mime_type": "audio/mpeg",
                       "size_in_bytes": 123456, "duration_in_seconds": 60}],
      "_example_ext": {"rating": 5},
      "unknown_field": [true, false]
    },
    {
      "id": "2",
      "content_html": "<p>An untitled micro post about the dust storms that closed schools across the province today.</p>",
      "date_published": "2017-02-18T09:15:00-05:00"
    }
  ]
})";

TEST(JsonFeedTest, maps_a_version_1_1_feed_to_briefs) {
  const LoadResult r = parse(kFeed11);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(messages(r), std::vector<std::string>{});
  const Bundle& bundle = r.bundle;
  EXPECT_EQ(bundle.title, "Khuzestan Watch");
  EXPECT_EQ(bundle.description, "Daily notes");
  EXPECT_EQ(bundle.language, "en-GB");
  ASSERT_EQ(bundle.briefs.size(), 2u);  // the home page is not a brief

  const Brief& a = bundle.briefs[0];
  EXPECT_EQ(a.id, "https://example.org/2017/02/20/unrest");
  EXPECT_EQ(a.title, "Unrest in Khuzestan");
  EXPECT_FALSE(a.title_derived);
  // The day as written (+03:00), not converted to UTC; date_published wins over date_modified.
  EXPECT_EQ(a.day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(a.date_text, "2017-02-20T23:30:00+03:00");
  EXPECT_EQ(a.source, "Sara K.");  // the first author with a name
  EXPECT_EQ(a.dateline, "");
  EXPECT_EQ(a.url, "https://example.org/2017/02/20/unrest");
  EXPECT_EQ(body_of(bundle, a),
            (std::vector<std::string>{"Protests in Ahvaz & Abadan.", "Second\xC2\xA0paragraph."}));
  ASSERT_EQ(bundle.tags_of(a).size(), 2u);
  EXPECT_EQ(bundle.tags_of(a)[1], "protests");

  const Brief& b = bundle.briefs[1];
  EXPECT_EQ(b.id, "2");
  EXPECT_TRUE(b.title_derived);
  EXPECT_EQ(b.title, "An untitled micro post about the dust storms that closed…");
  EXPECT_EQ(b.day, days_from_civil(2017, 2, 18));
  EXPECT_EQ(b.source, "Feed Desk");  // the feed's author stands in for the item's
  EXPECT_EQ(b.url, "");
}

TEST(JsonFeedTest, maps_a_version_1_feed_with_author_objects_and_plain_text) {
  const LoadResult r = parse(R"({
    "version": "https://jsonfeed.org/version/1",
    "title": "Old feed",
    "author": {"name": "Desk"},
    "items": [
      {"id": 17, "content_text": "First line\nsame paragraph.\n\nSecond.",
       "author": {"name": "Reza"}, "external_url": "http://example.com/story",
       "date_published": "2016-08-11T10:00:00Z"},
      {"id": "s", "title": "Summary only", "summary": "Just &quot;a&quot; summary."},
      {"id": "m", "title": "Modified only", "date_modified": "2016-08-12"}
    ]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(messages(r), std::vector<std::string>{});
  ASSERT_EQ(r.bundle.briefs.size(), 3u);
  const Brief& a = r.bundle.briefs[0];
  EXPECT_EQ(a.id, "17");  // numbers are ids too
  EXPECT_EQ(a.source, "Reza");
  EXPECT_EQ(a.url, "http://example.com/story");
  EXPECT_EQ(a.day, days_from_civil(2016, 8, 11));
  EXPECT_EQ(body_of(r.bundle, a),
            (std::vector<std::string>{"First line\nsame paragraph.", "Second."}));
  EXPECT_EQ(body_of(r.bundle, r.bundle.briefs[1]),
            (std::vector<std::string>{"Just \"a\" summary."}));
  EXPECT_EQ(r.bundle.briefs[1].source, "Desk");
  EXPECT_EQ(r.bundle.briefs[2].day, days_from_civil(2016, 8, 12));
}

TEST(JsonFeedTest, accepts_every_jsonfeed_version_url_and_warns_about_unknown_ones) {
  for (const char* version : {"http://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1/",
                              "https://jsonfeed.org/version/1"}) {
    const LoadResult r = parse(std::string(R"({"version":")") + version +
                               R"(","title":"T","items":[{"id":"a","title":"A"}]})");
    ASSERT_TRUE(r.ok) << version;
    EXPECT_EQ(messages(r), std::vector<std::string>{}) << version;
    EXPECT_EQ(r.bundle.briefs.size(), 1u) << version;
  }
  const LoadResult newer = parse(
      R"({"title":"T","items":[{"id":"a","title":"A"}],"version":"https://jsonfeed.org/version/2"})");
  ASSERT_TRUE(newer.ok);
  ASSERT_EQ(newer.diagnostics.size(), 1u);
  EXPECT_EQ(newer.diagnostics[0].message,
            "this is JSON Feed version \"2\"; this reader knows versions 1 and 1.1, so some "
            "content may be missing");
  EXPECT_EQ(newer.diagnostics[0].line, 1u);
}

TEST(JsonFeedTest, prefers_html_then_text_then_summary_for_the_body) {
  const LoadResult r = parse(R"({"version":"https://jsonfeed.org/version/1.1","title":"T",
    "items":[
      {"id":"1","content_html":"<img src=x.png>","content_text":"Text wins when HTML is empty."},
      {"id":"2","content_text":"  ","summary":"Summary &amp; more."},
      {"id":"3","title":"Title only","content_html":"<p>&nbsp;</p>"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 3u);
  EXPECT_EQ(body_of(r.bundle, r.bundle.briefs[0]),
            (std::vector<std::string>{"Text wins when HTML is empty."}));
  EXPECT_EQ(body_of(r.bundle, r.bundle.briefs[1]), (std::vector<std::string>{"Summary & more."}));
  EXPECT_EQ(r.bundle.briefs[2].paragraph_count, 0u);
  EXPECT_EQ(r.bundle.briefs[2].title, "Title only");
}

TEST(JsonFeedTest, decodes_html_escaped_titles_and_author_names) {
  const LoadResult r = parse(R"({"version":"https://jsonfeed.org/version/1.1",
    "title":"News &amp; Views","items":[{"id":"1","title":"Iran&#8217;s &ldquo;oil&rdquo; ",
    "authors":[{"name":"G&eacute;rard"}]}]})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.title, "News & Views");
  EXPECT_EQ(r.bundle.briefs[0].title, "Iran\xE2\x80\x99s \xE2\x80\x9Coil\xE2\x80\x9D");
  EXPECT_EQ(r.bundle.briefs[0].source, "G\xC3\xA9rard");
}

TEST(JsonFeedTest, keeps_web_links_only_and_resolves_relative_ones) {
  const LoadResult r = parse(R"json({"version":"https://jsonfeed.org/version/1.1","title":"T",
    "home_page_url":"https://example.org/blog/",
    "items":[
      {"id":"1","title":"A","url":"javascript:alert(1)","external_url":"https://ext.example/a"},
      {"id":"2","title":"B","url":"/2017/02/b"},
      {"id":"3","title":"C","url":"//cdn.example/c"},
      {"id":"4","title":"D","url":"ftp://example.org/d"}]})json");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 4u);
  EXPECT_EQ(r.bundle.briefs[0].url, "https://ext.example/a");
  EXPECT_EQ(r.bundle.briefs[1].url, "https://example.org/2017/02/b");
  EXPECT_EQ(r.bundle.briefs[2].url, "https://cdn.example/c");
  EXPECT_EQ(r.bundle.briefs[3].url, "");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].field, "url");
  EXPECT_EQ(r.diagnostics[0].brief_index, 0);
  EXPECT_EQ(r.diagnostics[0].brief_id, "1");
  EXPECT_EQ(r.diagnostics[0].message,
            "\"url\": only http and https links are kept; \"javascript:alert(1)\" was left out");
  EXPECT_EQ(r.diagnostics[0].line, 4u);
  EXPECT_EQ(r.diagnostics[1].brief_index, 3);
}

TEST(JsonFeedTest, reads_the_day_of_sloppy_dates_and_drops_unreadable_ones) {
  const LoadResult r = parse(R"({"version":"https://jsonfeed.org/version/1.1","title":"T",
    "items":[
      {"id":"1","title":"A","date_published":"2017-02-20 10:30:00"},
      {"id":"2","title":"B","date_published":"2017-02-19T10:30:00+0300"},
      {"id":"3","title":"C","date_published":"Mon, 20 Feb 2017 10:30:00 GMT"},
      {"id":"4","title":"D","date_published":"2017-02-30T10:00:00Z"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 4u);
  EXPECT_EQ(r.bundle.briefs[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(r.bundle.briefs[1].day, days_from_civil(2017, 2, 19));
  EXPECT_EQ(r.bundle.briefs[2].day, kUndated);
  EXPECT_EQ(r.bundle.briefs[3].day, kUndated);
  ASSERT_EQ(r.diagnostics.size(), 4u);
  EXPECT_EQ(r.diagnostics[0].message,
            "\"date_published\": \"2017-02-20 10:30:00\" is not an RFC 3339 date-time; its day, "
            "2017-02-20, was used");
  EXPECT_EQ(r.diagnostics[2].message,
            "\"date_published\": \"Mon, 20 Feb 2017 10:30:00 GMT\" is not a date (expected an "
            "RFC 3339 date-time); the brief is shown as undated");
  EXPECT_EQ(r.diagnostics[2].field, "date_published");
  // Written back in the native format, the sloppy date becomes the plain day.
  EXPECT_NE(write_bundle_json(r.bundle).find("\"date\": \"2017-02-20\""), std::string::npos);
}

TEST(JsonFeedTest, drops_faulty_items_and_fields_with_warnings_and_keeps_the_rest) {
  const LoadResult r = parse(R"({"version":"https://jsonfeed.org/version/1.1","title":"T",
    "items":[
      "not an item",
      {"id":"empty","url":"https://example.org/only-a-link","attachments":[]},
      {"id":"ok","title":42,"content_text":"Body survives.","tags":"one","authors":{"name":"x"}},
      {"id":"ok","title":"Same id"}]})");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 2u);
  EXPECT_EQ(r.bundle.briefs[0].title, "Body survives.");
  EXPECT_EQ(r.bundle.briefs[1].id, "ok-2");
  EXPECT_EQ(messages(r),
            (std::vector<std::string>{
                "the item is text, not an object; it was left out",
                "the brief has neither a title nor a body; it was left out",
                "\"title\" is a number, expected text; it was left out",
                "\"tags\" is text, expected a list of text; it was left out",
                "\"authors\" is an object, expected a list of authors; it was left out",
                "the id \"ok\" is already used by brief 2; this brief was given the id \"ok-2\""}));
  EXPECT_EQ(r.diagnostics[0].brief_index, 0);
  EXPECT_EQ(r.diagnostics[1].brief_id, "empty");
  EXPECT_EQ(r.diagnostics[2].line, 5u);
}

TEST(JsonFeedTest, fails_without_an_items_list_and_warns_without_a_title) {
  const LoadResult none = parse(R"({"version":"https://jsonfeed.org/version/1.1","title":"T"})");
  EXPECT_FALSE(none.ok);
  ASSERT_EQ(none.diagnostics.size(), 1u);
  EXPECT_EQ(none.diagnostics[0].message, "this JSON Feed has no \"items\" list");

  const LoadResult wrong =
      parse("{\"version\":\"https://jsonfeed.org/version/1\",\n\"items\": {\"id\": 1}}");
  EXPECT_FALSE(wrong.ok);
  ASSERT_EQ(wrong.diagnostics.size(), 1u);
  EXPECT_EQ(wrong.diagnostics[0].message, "\"items\" is an object, not a list of feed items");
  EXPECT_EQ(wrong.diagnostics[0].line, 2u);
  EXPECT_EQ(wrong.diagnostics[0].column, 10u);

  const LoadResult untitled = parse(R"({"version":"https://jsonfeed.org/version/1","items":[]})");
  ASSERT_TRUE(untitled.ok);
  EXPECT_EQ(messages(untitled), std::vector<std::string>{"the feed has no \"title\""});
}

TEST(JsonFeedTest, a_version_that_is_not_a_jsonfeed_url_is_read_as_the_native_format) {
  const LoadResult r =
      parse(R"({"version":"https://example.org/version/1","title":"T","items":[]})");
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "this JSON is not a bundle: it has no \"briefs\" list");
}

TEST(JsonFeedTest, round_trips_through_the_native_format) {
  const LoadResult feed = parse(kFeed11);
  ASSERT_TRUE(feed.ok);
  const std::string native = write_bundle_json(feed.bundle);
  const LoadResult again = parse(native);
  ASSERT_TRUE(again.ok);
  EXPECT_TRUE(again.diagnostics.empty());
  EXPECT_EQ(write_bundle_json(again.bundle), native);
  EXPECT_EQ(again.bundle.briefs[0].source, "Sara K.");
  EXPECT_EQ(again.bundle.briefs[0].date_text, "2017-02-20T23:30:00+03:00");
}

}  // namespace
}  // namespace br
