// The reader's state transitions. Every change goes through these functions and bumps
// `revision`, so the UI (and the browser's briefReader API) can redraw or report only when
// something happened, and tests can drive the reader without a window.
#include "reader_state.h"

#include <algorithm>

#include "bundle_json.h"
#include "date.h"

namespace br {
namespace {

void regroup(ReaderState& state) {
  SearchOptions options;
  options.best_match = state.best_match;
  options.flags = &state.flags;
  SearchResult result = run_search(state.index, state.bundle, state.parsed_query, options);
  state.groups = std::move(result.groups);
  state.ranked = std::move(result.ranked);
  state.visible_count = result.total;
  state.total_hits = result.total;
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

void apply_load(ReaderState& state, LoadResult&& result, std::string_view source_name) {
  state.diagnostics = std::move(result.diagnostics);
  state.last_load_name = std::string(source_name);
  if (result.ok) {
    state.index = SearchIndex();  // free the old index before building the new one
    state.bundle = std::move(result.bundle);
    state.index = SearchIndex::build(state.bundle);
    state.source_name = std::string(source_name);
    state.loaded = true;
    state.selected = -1;
    regroup(state);
  }
  ++state.revision;
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
