// The timeline strip's bins: unit chosen by span, counts of the bundle and of the results.
#include <gtest/gtest.h>

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

TEST(TimelineTest, a_bundle_without_dates_has_no_timeline) {
  ReaderState s = load(R"({"id":"u","title":"undated","body":["z"]})");
  EXPECT_TRUE(build_timeline(s, 100).empty());
}

}  // namespace
}  // namespace br
