// The timeline strip's bins: unit chosen by span, counts of the bundle and of the results.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "date.h"
#include "timeline.h"

namespace br {
namespace {

ReaderState load(const std::string& briefs) {
  ReaderState state;
  apply_load(state, parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[)" + briefs + "]}")), "t");
  return state;
}

std::string brief(const char* id, const char* date) {
  return std::string(R"({"id":")") + id + R"(","date":")" + date + R"(","title":"x","body":["y"]})";
}

TEST(TimelineTest, short_spans_are_binned_by_day_with_results_overlaid) {
  ReaderState s = load(brief("a", "2017-02-08") + "," + brief("b", "2017-02-08") + "," +
                       brief("c", "2017-02-20") + R"(,{"id":"u","title":"undated","body":["z"]})");
  set_query(s, "");
  Timeline t = build_timeline(s, 100);
  ASSERT_EQ(t.unit, Timeline::Unit::kDay);
  ASSERT_EQ(t.starts.size(), 13u);  // 8..20 February
  EXPECT_EQ(t.total[0], 2u);
  EXPECT_EQ(t.total[12], 1u);
  EXPECT_EQ(t.max_total, 2u);
  EXPECT_EQ(t.matching[0], 2u);
  EXPECT_EQ(t.bin_of(*parse_date("2017-02-20")), 12);
  EXPECT_EQ(t.bin_of(kUndated), -1);
}

TEST(TimelineTest, long_spans_use_weeks_starting_monday_or_months) {
  ReaderState s = load(brief("a", "2017-01-01") + "," + brief("b", "2017-06-30"));
  Timeline weeks = build_timeline(s, 40);
  ASSERT_EQ(weeks.unit, Timeline::Unit::kWeek);
  EXPECT_EQ(format_iso_date(weeks.starts[0]), "2016-12-26");  // the Monday before 1 January
  EXPECT_EQ(weeks.end_of(0) - weeks.starts[0], 6);
  Timeline months = build_timeline(s, 10);
  ASSERT_EQ(months.unit, Timeline::Unit::kMonth);
  ASSERT_EQ(months.starts.size(), 6u);
  EXPECT_EQ(format_iso_date(months.starts[1]), "2017-02-01");
  EXPECT_EQ(format_iso_date(months.end_of(1)), "2017-02-28");
  EXPECT_EQ(months.total[0] + months.total[5], 2u);
}

TEST(TimelineTest, every_dated_brief_counts_in_the_bin_holding_its_day) {
  // Days spread over twelve years (some repeated, one undated), for each unit.
  std::string briefs;
  int n = 0;
  for (int year = 2010; year < 2022; ++year)
    for (int month = 1; month <= 12; month += (year % 3) + 1)
      for (int day = 1; day <= 28; day += 9 + year % 5) {
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        briefs += (n ? "," : "") + brief(std::to_string(n).c_str(), date);
        ++n;
      }
  briefs += R"(,{"id":"u","title":"undated","body":["z"]})";
  ReaderState s = load(briefs);
  set_query(s, "");
  for (size_t max_bins : {5000, 700, 100}) {
    const Timeline t = build_timeline(s, max_bins);
    ASSERT_FALSE(t.empty());
    uint32_t sum = 0;
    for (size_t i = 0; i < t.starts.size(); ++i) {
      uint32_t expected = 0;
      for (const Brief& b : s.bundle.briefs)
        expected += b.day != kUndated && b.day >= t.starts[i] && b.day <= t.end_of(i);
      EXPECT_EQ(t.total[i], expected) << "bin " << i << " of " << t.starts.size();
      EXPECT_EQ(t.matching[i], expected) << "bin " << i;
      sum += t.total[i];
    }
    EXPECT_EQ(sum, static_cast<uint32_t>(n));
  }
}

TEST(TimelineTest, a_bundle_without_dates_has_no_timeline) {
  ReaderState s = load(R"({"id":"u","title":"undated","body":["z"]})");
  EXPECT_TRUE(build_timeline(s, 100).empty());
}

}  // namespace
}  // namespace br
