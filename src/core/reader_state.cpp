// The reader's state transitions. Every change goes through these functions and bumps
// `revision`, so the UI (and the browser's briefReader API) can redraw or report only when
// something happened, and tests can drive the reader without a window.
#include "reader_state.h"

#include <algorithm>

#include "bundle_json.h"
#include "date.h"
#include "search.h"

namespace br {
namespace {

void regroup(ReaderState& state) {
  const Bundle& bundle = state.bundle;
  std::vector<uint32_t> matching;
  for (uint32_t i = 0; i < bundle.briefs.size(); ++i)
    if (brief_matches(bundle, bundle.briefs[i], state.query)) matching.push_back(i);
  // Newest day first; kUndated is the smallest DayNumber, so undated briefs come last. Stable,
  // so briefs of one day keep their input order.
  std::stable_sort(matching.begin(), matching.end(), [&bundle](uint32_t a, uint32_t b) {
    return bundle.briefs[a].day > bundle.briefs[b].day;
  });
  state.groups.clear();
  for (uint32_t index : matching) {
    const DayNumber day = bundle.briefs[index].day;
    if (state.groups.empty() || state.groups.back().day != day) state.groups.push_back({day, {}});
    state.groups.back().briefs.push_back(index);
  }
  state.visible_count = matching.size();
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
    state.bundle = std::move(result.bundle);
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
