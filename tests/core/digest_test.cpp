// Plain-text digests: the golden sample (assets/sample-digest.txt), the generated default bundle,
// and the layout variations pasting from email produces.
#include "digest.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "bundle_json.h"
#include "date.h"
#include "test_data.h"

namespace br {
namespace {

constexpr std::string_view kTitle = "Iran Focus digest, February 2017";

DayNumber feb(unsigned day) {
  return days_from_civil(2017, 2, day);
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size())
    text.replace(pos, from.size(), to);
  return text;
}

TEST(DigestTest, reads_the_sample_digest_into_16_briefs_and_8_headlines) {
  const std::string sample = test::sample_digest();
  ASSERT_FALSE(sample.empty()) << "assets/sample-digest.txt could not be read";
  const LoadResult r = parse_digest(sample, 2017, kTitle);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.diagnostics.empty());
  const Bundle& bundle = r.bundle;
  EXPECT_EQ(bundle.title, kTitle);
  ASSERT_EQ(bundle.briefs.size(), 24u);

  std::map<DayNumber, int> per_day;
  for (size_t i = 0; i < 16; ++i) {
    const Brief& b = bundle.briefs[i];
    EXPECT_EQ(b.source, "Iran Focus") << i;
    EXPECT_EQ(b.dateline, "London") << i;
    EXPECT_TRUE(b.title_derived) << i;
    EXPECT_GE(b.paragraph_count, 1u) << i;
    EXPECT_EQ(b.date_text, format_iso_date(b.day)) << i;
    ++per_day[b.day];
  }
  const std::map<DayNumber, int> expected_days = {{feb(8), 3},  {feb(11), 1}, {feb(13), 4},
                                                  {feb(14), 1}, {feb(15), 2}, {feb(16), 1},
                                                  {feb(17), 1}, {feb(18), 2}, {feb(20), 1}};
  EXPECT_EQ(per_day, expected_days);

  const Brief& first = bundle.briefs[0];
  EXPECT_EQ(first.day, feb(20));
  EXPECT_EQ(first.title, "Amid heightened political tensions between the United States and Iran…");
  ASSERT_EQ(first.paragraph_count, 2u);
  EXPECT_EQ(bundle.body(first)[0],
            "Amid heightened political tensions between the United States and Iran, there is huge "
            "unrest in Khuzestan \xE2\x80\x93 Iran\xE2\x80\x99s main oil field province.");
  // "18 Feb -\u00a0 Repeated": the no-break space after the dash is not part of the lede.
  EXPECT_EQ(bundle.body(bundle.briefs[1])[0].substr(0, 17), "Repeated periods ");
  EXPECT_NE(bundle.body(bundle.briefs[3])[0].find("MEP G\xC3\xA9rard Deprez."), std::string::npos);
  EXPECT_EQ(bundle.briefs[13].paragraph_count, 3u);
  EXPECT_EQ(bundle.briefs[5].paragraph_count, 1u);

  const std::vector<std::string_view> headlines = {
      "Two prisoners were hanged in Sarpol-e Zahab (western Iran)",
      "Iran: \xD9\x8FHorrible scene of a family trapped in a car, swallowed by flood in Sistan & "
      "Baluchestan",
      "Iran: Tehran's Iconic High-Rise (Plasco Building) Collapsed Due to Fire",
      "More than 1,500 retired teachers held a protest gathering in front of Iran Regime's "
      "parliament",
      "Iran: Execution of four young men in public in Qeshm- 23 November",
      "The untold story of the 1988 Massacre in Iran",
      "Reyhaneh Jabbari's will Her voice recording from inside prison",
      "Public execution in Kazerun, Iran - August 11, 2016"};
  int undated = 0;
  for (size_t i = 0; i < headlines.size(); ++i) {
    const Brief& b = bundle.briefs[16 + i];
    EXPECT_EQ(b.title, headlines[i]);
    EXPECT_FALSE(b.title_derived);
    EXPECT_EQ(b.source, "");
    EXPECT_EQ(b.dateline, "");
    EXPECT_EQ(b.paragraph_count, 0u);
    if (b.day == kUndated) ++undated;
  }
  EXPECT_EQ(undated, 7);
  EXPECT_EQ(bundle.briefs[23].day, days_from_civil(2016, 8, 11));  // the year is explicit
  EXPECT_EQ(bundle.briefs[20].day, kUndated);                      // "23 November": no year

  std::set<std::string_view> ids;
  for (const Brief& b : bundle.briefs) {
    EXPECT_EQ(b.id.substr(0, 2), "b-");
    EXPECT_EQ(b.id.size(), 14u);
    ids.insert(b.id);
  }
  EXPECT_EQ(ids.size(), bundle.briefs.size());
}

TEST(DigestTest, default_bundle_asset_is_the_packed_sample_byte_for_byte) {
  const std::string expected = test::default_bundle_json();
  ASSERT_FALSE(expected.empty()) << "assets/default-bundle.json could not be read";
  const LoadResult r = parse_digest(test::sample_digest(), 2017, kTitle);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(write_bundle_json(r.bundle), expected);
}

TEST(DigestTest, crlf_line_ends_give_the_same_bundle) {
  const std::string sample = test::sample_digest();
  const LoadResult lf = parse_digest(sample, 2017, kTitle);
  const LoadResult crlf = parse_digest(replace_all(sample, "\n", "\r\n"), 2017, kTitle);
  ASSERT_TRUE(crlf.ok);
  EXPECT_EQ(write_bundle_json(crlf.bundle), write_bundle_json(lf.bundle));
}

TEST(DigestTest, joins_wrapped_lines_and_accepts_dash_and_space_variants) {
  const LoadResult r = parse_digest(
      "Reuters\n\nParis, 3 March \xE2\x80\x93 First line\nwrapped here.\n\nSecond paragraph.\n\n"
      "Wire\n\nBerlin,\xC2\xA0"
      "4\xC2\xA0Mar\xC2\xA0-Lede.\n",
      2018, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 2u);
  const Brief& paris = r.bundle.briefs[0];
  EXPECT_EQ(paris.source, "Reuters");
  EXPECT_EQ(paris.dateline, "Paris");
  EXPECT_EQ(paris.day, days_from_civil(2018, 3, 3));
  ASSERT_EQ(paris.paragraph_count, 2u);
  EXPECT_EQ(r.bundle.body(paris)[0], "First line wrapped here.");
  EXPECT_EQ(r.bundle.briefs[1].day, days_from_civil(2018, 3, 4));
  EXPECT_EQ(r.bundle.body(r.bundle.briefs[1])[0], "Lede.");
}

TEST(DigestTest, a_short_line_without_a_dateline_after_it_is_a_paragraph) {
  const LoadResult r = parse_digest(
      "Iran Focus\n\nLondon, 8 Feb - Lede.\n\nA short line\n\nMore text.\n", 2017, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 1u);
  EXPECT_EQ(r.bundle.briefs[0].paragraph_count, 3u);
}

TEST(DigestTest, takes_trailing_short_lines_as_headlines_without_a_double_blank_line) {
  const LoadResult r = parse_digest(
      "Iran Focus\n\nLondon, 8 Feb - Lede.\n\nIt ends with a sentence.\n\nHeadline one\n\n"
      "Headline two (with a note)\n",
      2017, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 3u);
  EXPECT_EQ(r.bundle.briefs[0].paragraph_count, 2u);
  EXPECT_EQ(r.bundle.briefs[1].title, "Headline one");
  EXPECT_EQ(r.bundle.briefs[2].title, "Headline two (with a note)");
}

TEST(DigestTest, dates_headlines_only_when_the_year_is_written) {
  const LoadResult r = parse_digest(
      "Iran Focus\n\nLondon, 8 Feb - Lede.\n\n\nProtest - 11 August 2016\n\nVote on Aug. 3, "
      "2015\n\nReport 2014-05-06 released\n\nRally - 23 November\n\nBudget for August 2016\n\n"
      "Trial on 31 February 2016\n",
      2017, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 7u);
  EXPECT_EQ(r.bundle.briefs[1].day, days_from_civil(2016, 8, 11));
  EXPECT_EQ(r.bundle.briefs[2].day, days_from_civil(2015, 8, 3));
  EXPECT_EQ(r.bundle.briefs[3].day, days_from_civil(2014, 5, 6));
  EXPECT_EQ(r.bundle.briefs[4].day, kUndated);
  EXPECT_EQ(r.bundle.briefs[5].day, kUndated);
  EXPECT_EQ(r.bundle.briefs[6].day, kUndated);
}

TEST(DigestTest, an_impossible_dateline_day_leaves_the_brief_undated_with_a_warning) {
  const LoadResult r = parse_digest(
      "Iran Focus\n\nLondon, 31 Feb - Lede.\n\nIran Focus\n\nLondon, 1 Mar - B.\n", 2017, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 2u);
  EXPECT_EQ(r.bundle.briefs[0].day, kUndated);
  EXPECT_EQ(r.bundle.briefs[1].day, days_from_civil(2017, 3, 1));
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "the dateline's day 31/2 is not a date in 2017; the brief is shown as undated");
  EXPECT_EQ(r.diagnostics[0].line, 3u);
  EXPECT_EQ(r.diagnostics[0].brief_index, 0);
}

TEST(DigestTest, skips_text_before_the_first_brief_with_a_warning) {
  const LoadResult r =
      parse_digest("Weekly digest\n\nIran Focus\n\nLondon, 8 Feb - Lede.\n", 2017, "T");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.bundle.briefs.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "the text before the first brief was skipped");
  EXPECT_EQ(r.diagnostics[0].line, 1u);
}

TEST(DigestTest, fails_when_there_is_nothing_to_read) {
  const LoadResult empty = parse_digest("", 2017, "T");
  EXPECT_FALSE(empty.ok);
  ASSERT_EQ(empty.diagnostics.size(), 1u);
  EXPECT_EQ(empty.diagnostics[0].message, "the file is empty");

  const LoadResult prose = parse_digest("Just some prose.\n\nAnd more.\n", 2017, "T");
  EXPECT_FALSE(prose.ok);
  EXPECT_TRUE(prose.bundle.briefs.empty());
  ASSERT_EQ(prose.diagnostics.size(), 1u);
  EXPECT_TRUE(prose.diagnostics[0].is_error());

  const LoadResult latin1 = parse_digest("Iran Focus\n\nLondon, 8 Feb - Caf\xE9.\n", 2017, "T");
  EXPECT_FALSE(latin1.ok);
  EXPECT_EQ(latin1.diagnostics[0].line, 3u);
}

}  // namespace
}  // namespace br
