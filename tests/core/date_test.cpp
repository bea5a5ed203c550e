// Calendar arithmetic and the strict bundle date parser.
#include "date.h"

#include <gtest/gtest.h>

namespace br {
namespace {

DayNumber day_of(int y, unsigned m, unsigned d) {
  return days_from_civil(y, m, d);
}

TEST(DateTest, counts_days_from_the_unix_epoch) {
  EXPECT_EQ(day_of(1970, 1, 1), 0);
  EXPECT_EQ(day_of(1970, 1, 2), 1);
  EXPECT_EQ(day_of(1969, 12, 31), -1);
  EXPECT_EQ(day_of(2000, 3, 1), 11017);
  EXPECT_EQ(day_of(2017, 2, 20), 17217);
}

TEST(DateTest, civil_from_days_inverts_days_from_civil_across_centuries) {
  for (DayNumber day = -800000; day <= 800000; day += 7) {
    const CivilDate c = civil_from_days(day);
    ASSERT_EQ(days_from_civil(c.year, c.month, c.day), day) << c.year << "-" << c.month;
  }
  const CivilDate leap = civil_from_days(day_of(2000, 2, 29));
  EXPECT_EQ(leap.year, 2000);
  EXPECT_EQ(leap.month, 2u);
  EXPECT_EQ(leap.day, 29u);
}

TEST(DateTest, weekday_is_zero_on_sunday) {
  EXPECT_EQ(weekday(0), 4u);                     // 1970-01-01 was a Thursday
  EXPECT_EQ(weekday(day_of(2017, 2, 20)), 1u);   // Monday
  EXPECT_EQ(weekday(day_of(2017, 2, 19)), 0u);   // Sunday
  EXPECT_EQ(weekday(day_of(1969, 12, 28)), 0u);  // a Sunday before the epoch
}

TEST(DateTest, parses_plain_dates) {
  EXPECT_EQ(parse_date("2017-02-20"), day_of(2017, 2, 20));
  EXPECT_EQ(parse_date("2016-02-29"), day_of(2016, 2, 29));
  EXPECT_EQ(parse_date("2000-02-29"), day_of(2000, 2, 29));
  EXPECT_EQ(parse_date("1969-07-20"), day_of(1969, 7, 20));
}

TEST(DateTest, parses_rfc3339_date_times_as_the_written_calendar_day) {
  const DayNumber feb20 = day_of(2017, 2, 20);
  EXPECT_EQ(parse_date("2017-02-20T10:30:00Z"), feb20);
  EXPECT_EQ(parse_date("2017-02-20t10:30:00z"), feb20);
  EXPECT_EQ(parse_date("2017-02-20T10:30Z"), feb20);
  EXPECT_EQ(parse_date("2017-02-20T10:30:00.123456+03:00"), feb20);
  // Late evening west of Greenwich is still the 20th where it was written.
  EXPECT_EQ(parse_date("2017-02-20T23:30:00-05:00"), feb20);
  EXPECT_EQ(parse_date("2016-12-31T23:59:60Z"), day_of(2016, 12, 31));  // leap second
}

TEST(DateTest, rejects_impossible_and_malformed_dates) {
  for (const char* text : {"",
                           "2017-02-30",
                           "2017-02-29",
                           "1900-02-29",
                           "2017-13-01",
                           "2017-00-10",
                           "2017-01-00",
                           "2017-2-20",
                           "17-02-20",
                           "2017/02/20",
                           "20 Feb 2017",
                           "2017-02-20 ",
                           " 2017-02-20",
                           "2017-02-20junk",
                           "2017-02-20Z",
                           "2017-02-20T10:30",
                           "2017-02-20T10:30:00",
                           "2017-02-20T24:00Z",
                           "2017-02-20T10:60Z",
                           "2017-02-20T10:30:00+0300",
                           "2017-02-20T10:30:00+24:00",
                           "2017-02-20T10:30:00.Z",
                           "2017-02-20T10Z",
                           "2017-02-20 10:30:00Z",
                           "2017-02-20T10:30:00Z trailing"}) {
    EXPECT_FALSE(parse_date(text).has_value()) << "accepted '" << text << "'";
  }
}

TEST(DateTest, formats_iso_and_long_dates) {
  EXPECT_EQ(format_iso_date(day_of(2017, 2, 20)), "2017-02-20");
  EXPECT_EQ(format_iso_date(day_of(987, 6, 5)), "0987-06-05");
  EXPECT_EQ(format_iso_date(kUndated), "");
  EXPECT_EQ(format_long_date(day_of(2017, 2, 20)), "Monday, 20 February 2017");
  EXPECT_EQ(format_long_date(day_of(2017, 2, 8)), "Wednesday, 8 February 2017");
  EXPECT_EQ(format_long_date(day_of(2016, 8, 11)), "Thursday, 11 August 2016");
  EXPECT_EQ(format_long_date(kUndated), "Undated");
}

TEST(DateTest, make_day_accepts_only_real_calendar_dates) {
  EXPECT_EQ(make_day(2017, 2, 28), day_of(2017, 2, 28));
  EXPECT_FALSE(make_day(2017, 2, 29).has_value());
  EXPECT_FALSE(make_day(2017, 4, 31).has_value());
  EXPECT_FALSE(make_day(2017, 0, 1).has_value());
  EXPECT_FALSE(make_day(2017, 1, 0).has_value());
  EXPECT_FALSE(make_day(10000, 1, 1).has_value());
}

}  // namespace
}  // namespace br
