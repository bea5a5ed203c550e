// The reader's state transitions. Every change goes through these functions and bumps
// `revision`, so the UI (and the browser's briefReader API) can redraw or report only when
// something happened, and tests can drive the reader without a window.
#include "reader_state.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "bundle_json.h"
#include "date.h"

namespace br {
namespace {

// Every brief by day, newest first, undated last, input order within a day: what is listed
// while the index (and so the query) is not ready.
void group_all_by_day(ReaderState& state) {
  const auto& briefs = state.bundle.briefs;
  std::vector<uint32_t> order(briefs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return briefs[a].day > briefs[b].day; });
  state.groups.clear();
  for (uint32_t b : order) {
    if (state.groups.empty() || state.groups.back().day != briefs[b].day)
      state.groups.push_back({briefs[b].day, {}});
    state.groups.back().briefs.push_back(b);
  }
  state.ranked.clear();
  state.visible_count = state.total_hits = briefs.size();
}

void regroup(ReaderState& state) {
  if (state.index_build) return group_all_by_day(state);
  SearchOptions options;
  options.best_match = state.best_match;
  options.flags = &state.flags;
  SearchResult result = run_search(state.index, state.bundle, state.parsed_query, options);
  state.groups = std::move(result.groups);
  state.ranked = std::move(result.ranked);
  state.visible_count = result.total;
  state.total_hits = result.total;
}

// Takes the finished index and runs the query on it.
void finish_index(ReaderState& state) {
  state.index = state.index_build->take();
  state.index_build.reset();
  regroup(state);
}

void append_nullable_string(std::string& out, std::string_view text) {
  out += text.empty() ? "null" : json_quote(text);
}

void append_diagnostic(std::string& out, const Diagnostic& d) {
  out += "{\"message\":";
  out += json_quote(d.message);
  out += ",\"line\":";
  out += d.line > 0 ? std::to_string(d.line) : "null";
  out += ",\"column\":";
  out += d.line > 0 ? std::to_string(d.column) : "null";
  out += ",\"briefIndex\":";
  out += d.brief_index >= 0 ? std::to_string(d.brief_index) : "null";
  out += ",\"briefId\":";
  append_nullable_string(out, d.brief_id);
  out += ",\"field\":";
  append_nullable_string(out, d.field);
  out += '}';
}

void append_diagnostics(std::string& out, const std::vector<Diagnostic>& ds, bool errors) {
  out += '[';
  bool first = true;
  for (const Diagnostic& d : ds) {
    if (d.is_error() != errors) continue;
    if (!first) out += ',';
    first = false;
    append_diagnostic(out, d);
  }
  out += ']';
}

}  // namespace

void begin_load(ReaderState& state, LoadResult&& result, std::string_view source_name) {
  state.diagnostics = std::move(result.diagnostics);
  state.last_load_name = std::string(source_name);
  if (result.ok) {
    state.index_build.reset();    // it points into the bundle about to be replaced
    state.index = SearchIndex();  // free the old index before building the new one
    state.bundle = std::move(result.bundle);
    state.index_build = std::make_unique<IndexBuild>(state.bundle);
    state.source_name = std::string(source_name);
    state.loaded = true;
    state.selected = -1;
    regroup(state);
  }
  ++state.revision;
}

bool advance_index(ReaderState& state, double budget_ms) {
  if (!state.index_build) return false;
  if (!state.index_build->step(budget_ms)) return true;
  finish_index(state);
  ++state.revision;
  return false;
}

double index_progress(const ReaderState& state) {
  return state.index_build ? state.index_build->progress() : -1.0;
}

void apply_load(ReaderState& state, LoadResult&& result, std::string_view source_name) {
  begin_load(state, std::move(result), source_name);
  if (state.index_build) {  // one change, as far as the revision goes
    state.index_build->step(std::numeric_limits<double>::infinity());
    finish_index(state);
  }
}

void set_query(ReaderState& state, std::string_view query) {
  if (query == state.query) return;
  state.query = std::string(query);
  state.parsed_query = parse_query(state.query);
  state.query_hint = state.parsed_query.hint;
  regroup(state);
  ++state.revision;
}

void set_best_match(ReaderState& state, bool on) {
  if (on == state.best_match) return;
  state.best_match = on;
  regroup(state);
  ++state.revision;
}

void refresh_search(ReaderState& state) {
  regroup(state);
  ++state.revision;
}

bool select_brief(ReaderState& state, std::string_view id) {
  const int32_t index = state.bundle.find(id);
  if (index < 0) return false;
  select_index(state, index);
  return true;
}

void select_index(ReaderState& state, int32_t index) {
  if (index < -1 || index >= static_cast<int32_t>(state.bundle.briefs.size())) index = -1;
  if (index == state.selected) return;
  state.selected = index;
  ++state.revision;
}

std::string state_json(const ReaderState& state) {
  std::string out = "{\"title\":";
  out += json_quote(state.bundle.title);
  out += ",\"source\":";
  out += json_quote(state.source_name);
  out += ",\"loaded\":";
  out += state.loaded ? "true" : "false";
  out += ",\"revision\":";
  out += std::to_string(state.revision);
  out += ",\"briefCount\":";
  out += std::to_string(state.bundle.briefs.size());
  out += ",\"groups\":[";
  for (size_t i = 0; i < state.groups.size(); ++i) {
    const DayGroup& g = state.groups[i];
    if (i > 0) out += ',';
    out += "{\"date\":";
    out += g.day == kUndated ? "null" : json_quote(format_iso_date(g.day));
    out += ",\"label\":";
    out += json_quote(format_long_date(g.day));
    out += ",\"count\":";
    out += std::to_string(g.briefs.size());
    out += '}';
  }
  out += "],\"query\":";
  out += json_quote(state.query);
  out += ",\"visibleCount\":";
  out += std::to_string(state.visible_count);
  out += ",\"totalHits\":";
  out += std::to_string(state.total_hits);
  out += ",\"hint\":";
  append_nullable_string(out, state.query_hint);
  out += ",\"bestMatch\":";
  out += state.best_match ? "true" : "false";
  out += ",\"indexing\":";
  if (state.index_build) {
    char progress[32];
    std::snprintf(progress, sizeof progress, "%.3f", state.index_build->progress());
    out += progress;
  } else {
    out += "null";
  }
  out += ",\"selectedId\":";
  if (state.selected >= 0 && static_cast<size_t>(state.selected) < state.bundle.briefs.size()) {
    out += json_quote(state.bundle.briefs[static_cast<size_t>(state.selected)].id);
  } else {
    out += "null";
  }
  out += ",\"errors\":";
  append_diagnostics(out, state.diagnostics, true);
  out += ",\"warnings\":";
  append_diagnostics(out, state.diagnostics, false);
  out += '}';
  return out;
}

}  // namespace br
