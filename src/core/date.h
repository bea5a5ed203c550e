// Calendar dates for briefs: parsing what bundles contain and naming days for day headers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bundle.h"

namespace br {

DayNumber days_from_civil(int year, unsigned month, unsigned day);
struct CivilDate {
  int year;
  unsigned month;  // 1..12
  unsigned day;    // 1..31
};
CivilDate civil_from_days(DayNumber day);
unsigned weekday(DayNumber day);  // 0 = Sunday .. 6 = Saturday
// The day of a real calendar date (years 0..9999), or nullopt for 2017-02-30 and the like.
std::optional<DayNumber> make_day(int year, unsigned month, unsigned day);

// "2017-02-20" or an RFC 3339 date-time ("2017-02-20T10:30:00+03:00", "...Z"). The day is the
// calendar date as written (local to the writer), which is what the reader groups by.
// Rejects impossible dates (2017-02-30), missing offsets on date-times, and trailing junk.
std::optional<DayNumber> parse_date(std::string_view text);

std::string format_iso_date(DayNumber day);   // "2017-02-20"; "" when undated
std::string format_long_date(DayNumber day);  // "Monday, 20 February 2017"; "Undated"

}  // namespace br
