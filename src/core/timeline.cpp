// Timeline bins: chosen so the whole dated span fits in the strip, then counted in one pass over
// the bundle and one over the current results' day groups.
#include "timeline.h"

#include <algorithm>

#include "date.h"

namespace br {
namespace {

DayNumber bin_start(Timeline::Unit unit, DayNumber day) {
  switch (unit) {
    case Timeline::Unit::kDay:
      return day;
    case Timeline::Unit::kWeek:
      return day - static_cast<DayNumber>((weekday(day) + 6) % 7);  // back to Monday
    case Timeline::Unit::kMonth: {
      const CivilDate c = civil_from_days(day);
      return days_from_civil(c.year, c.month, 1);
    }
  }
  return day;
}

DayNumber next_start(Timeline::Unit unit, DayNumber start) {
  switch (unit) {
    case Timeline::Unit::kDay:
      return start + 1;
    case Timeline::Unit::kWeek:
      return start + 7;
    case Timeline::Unit::kMonth: {
      const CivilDate c = civil_from_days(start);
      return c.month == 12 ? days_from_civil(c.year + 1, 1, 1) : days_from_civil(c.year, c.month + 1, 1);
    }
  }
  return start + 1;
}

}  // namespace

DayNumber Timeline::end_of(size_t i) const {
  return i + 1 < starts.size() ? starts[i + 1] - 1 : next_start(unit, starts[i]) - 1;
}

int Timeline::bin_of(DayNumber day) const {
  if (starts.empty() || day == kUndated || day < starts.front() || day > end_of(starts.size() - 1))
    return -1;
  const auto it = std::upper_bound(starts.begin(), starts.end(), day);
  return static_cast<int>(it - starts.begin()) - 1;
}

Timeline build_timeline(const ReaderState& state, size_t max_bins) {
  Timeline t;
  DayNumber first = kUndated, last = kUndated;
  for (const Brief& b : state.bundle.briefs) {
    if (b.day == kUndated) continue;
    if (first == kUndated || b.day < first) first = b.day;
    if (last == kUndated || b.day > last) last = b.day;
  }
  if (first == kUndated || max_bins == 0) return t;
  const int64_t span = static_cast<int64_t>(last) - first + 1;
  t.unit = span <= static_cast<int64_t>(max_bins)       ? Timeline::Unit::kDay
           : span / 7 + 2 <= static_cast<int64_t>(max_bins) ? Timeline::Unit::kWeek
                                                            : Timeline::Unit::kMonth;
  for (DayNumber d = bin_start(t.unit, first); d <= last; d = next_start(t.unit, d)) t.starts.push_back(d);
  t.total.assign(t.starts.size(), 0);
  t.matching.assign(t.starts.size(), 0);
  // Briefs per day first (an increment per brief), then days into bins: bin_of per brief cost
  // ~130 ms at a million briefs in wasm (month bins convert dates), on every reader change.
  constexpr int64_t kMaxHistogramDays = int64_t{1} << 22;  // 11,000 years; dates are 0..9999
  if (span <= kMaxHistogramDays) {
    std::vector<uint32_t> per_day(static_cast<size_t>(span), 0);
    for (const Brief& b : state.bundle.briefs)
      if (b.day != kUndated) ++per_day[static_cast<size_t>(b.day - first)];
    size_t bin = 0;
    for (int64_t i = 0; i < span; ++i) {
      const DayNumber day = static_cast<DayNumber>(first + i);
      while (bin + 1 < t.starts.size() && t.starts[bin + 1] <= day) ++bin;
      t.total[bin] += per_day[static_cast<size_t>(i)];
    }
  } else {
    for (const Brief& b : state.bundle.briefs) {
      const int i = t.bin_of(b.day);
      if (i >= 0) ++t.total[i];
    }
  }
  for (const DayGroup& g : state.groups) {
    const int i = t.bin_of(g.day);
    if (i >= 0) t.matching[i] += static_cast<uint32_t>(g.briefs.size());
  }
  t.max_total = *std::max_element(t.total.begin(), t.total.end());
  return t;
}

}  // namespace br
