// The timeline: how many briefs fall in each day, week or month across the bundle, and how many
// of them match the current query, for the strip above the list.
#pragma once

#include <cstdint>
#include <vector>

#include "bundle.h"
#include "reader_state.h"

namespace br {

struct Timeline {
  enum class Unit : uint8_t { kDay, kWeek, kMonth };
  Unit unit = Unit::kDay;
  std::vector<DayNumber> starts;  // first day of each bin, ascending; bins are contiguous
  std::vector<uint32_t> total;     // briefs per bin in the bundle
  std::vector<uint32_t> matching;  // briefs per bin among the query's results
  uint32_t max_total = 0;

  bool empty() const { return starts.empty(); }
  // Last day of bin i (inclusive).
  DayNumber end_of(size_t i) const;
  // The bin holding `day`, or -1.
  int bin_of(DayNumber day) const;
};

// Bins by day when the dated span fits in `max_bins` days, else by week (Monday first), else by
// month. Undated briefs are not on the timeline.
Timeline build_timeline(const ReaderState& state, size_t max_bins);

}  // namespace br
