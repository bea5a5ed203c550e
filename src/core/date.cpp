// Calendar arithmetic (Howard Hinnant's public-domain days_from_civil / civil_from_days
// algorithms, written out here) and the strict date parser for bundle "date" fields. Days are
// plain integers so grouping and sorting briefs by day is integer comparison.
#include "date.h"

#include <cstdio>

namespace br {
namespace {

constexpr const char* kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};
constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

bool is_leap(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Reads exactly `count` digits at text[pos]; advances pos.
bool read_digits(std::string_view text, size_t& pos, size_t count, int& out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += count;
  out = value;
  return true;
}

bool expect(std::string_view text, size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// "THH:MM[:SS[.frac]](Z|+HH:MM|-HH:MM)" starting at text[pos], up to the end of text.
bool valid_time_part(std::string_view text, size_t pos) {
  if (!expect(text, pos, 'T') && !expect(text, pos, 't')) return false;
  int hour = 0, minute = 0, second = 0;
  if (!read_digits(text, pos, 2, hour) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, minute))
    return false;
  if (hour > 23 || minute > 59) return false;
  if (expect(text, pos, ':')) {
    if (!read_digits(text, pos, 2, second) || second > 60) return false;  // 60: leap second
    if (expect(text, pos, '.')) {
      const size_t start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == start) return false;
    }
  }
  if (expect(text, pos, 'Z') || expect(text, pos, 'z')) return pos == text.size();
  if (!expect(text, pos, '+') && !expect(text, pos, '-')) return false;
  int offset_hours = 0, offset_minutes = 0;
  if (!read_digits(text, pos, 2, offset_hours) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, offset_minutes))
    return false;
  return offset_hours <= 23 && offset_minutes <= 59 && pos == text.size();
}

}  // namespace

DayNumber days_from_civil(int year, unsigned month, unsigned day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;                                                  // [0, 399]
  const int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                          // [0, 146096]
  return static_cast<DayNumber>(era * 146097 + doe - 719468);
}

CivilDate civil_from_days(DayNumber day) {
  const int64_t z = static_cast<int64_t>(day) + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;                                       // [0, 146096]
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

unsigned weekday(DayNumber day) {
  const int64_t z = day;
  return static_cast<unsigned>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

std::optional<DayNumber> make_day(int year, unsigned month, unsigned day) {
  if (year < 0 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return days_from_civil(year, month, day);
}

std::optional<DayNumber> parse_date(std::string_view text) {
  size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!read_digits(text, pos, 4, year) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, month) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, day))
    return std::nullopt;
  if (pos != text.size() && !valid_time_part(text, pos)) return std::nullopt;
  return make_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::string format_iso_date(DayNumber day) {
  if (day == kUndated) return "";
  const CivilDate c = civil_from_days(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::string format_long_date(DayNumber day) {
  if (day == kUndated) return "Undated";
  const CivilDate c = civil_from_days(day);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %u %s %d", kWeekdays[weekday(day)], c.day,
                kMonths[c.month - 1], c.year);
  return buf;
}

}  // namespace br
