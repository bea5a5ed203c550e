// What the reader shows: the loaded bundle, the query, the matching briefs grouped by day
// (newest day first, undated last) and the selection. UI panels draw from this struct and change
// it only through these functions, so the browser API, the keyboard and the mouse all go through
// the same code and tests can drive it without a window.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "diagnostic.h"
#include "parse.h"

namespace br {

struct DayGroup {
  DayNumber day = kUndated;
  std::vector<uint32_t> briefs;  // indexes into bundle.briefs, in input order within the day
};

struct ReaderState {
  std::string source_name;     // where the shown bundle came from ("the default bundle", a URL)
  std::string last_load_name;  // what the latest load attempt tried to open (may have failed)
  Bundle bundle;
  bool loaded = false;  // a bundle (possibly empty) is loaded
  // Diagnostics of the most recent load attempt. If that attempt failed outright, the previous
  // bundle stays loaded and these say why the new one could not be read.
  std::vector<Diagnostic> diagnostics;
  std::string query;
  std::vector<DayGroup> groups;  // the briefs matching the query
  size_t visible_count = 0;      // briefs in groups
  int32_t selected = -1;         // index into bundle.briefs, or -1
  uint64_t revision = 0;         // bumped on every change, so drivers know when to redraw
};

// Takes a load's result. On success the bundle replaces the current one (query kept, selection
// cleared); on failure the current bundle stays and the diagnostics explain.
void apply_load(ReaderState& state, LoadResult&& result, std::string_view source_name);

// Sets the query and recomputes groups. The selection is kept even when filtered out.
void set_query(ReaderState& state, std::string_view query);

// Selects a brief by id; false (and no change) when no brief has that id.
bool select_brief(ReaderState& state, std::string_view id);
void select_index(ReaderState& state, int32_t index);

// The state as plain JSON for briefReader.state():
// {"title","source","loaded","revision","briefCount",
//  "groups":[{"date":"2017-02-20"|null,"label","count"}],
//  "query","visibleCount","selectedId"|null,"errors":[...],"warnings":[...]}
// where each error/warning is {"message","line","column","briefIndex","briefId","field"}, with
// null for what is unknown (no position, not about one brief, no id, no field).
std::string state_json(const ReaderState& state);

}  // namespace br
