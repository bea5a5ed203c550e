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
// while the index (and so the query) is not ready. Sorted once per load (by_day).
void group_all_by_day(ReaderState& state) {
  const auto& briefs = state.bundle.briefs;
  std::vector<uint32_t>& order = state.by_day;
  if (order.size() != briefs.size()) {
    order.resize(briefs.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return briefs[a].day > briefs[b].day; });
  }
  state.groups.assign(
      order.size(), [&](size_t i) { return briefs[order[i]].day; }, [&](size_t i) { return order[i]; });
  state.ranked.clear();
  state.visible_count = state.total_hits = briefs.size();
}

void note_archive_wants(ReaderState& state);

void regroup(ReaderState& state) {
  if (state.index_build) return group_all_by_day(state);
  if (state.archive && !state.archive->index.has_docs() && !state.parsed_query.nodes.empty()) {
    // The query needs the documents table (field bounds, lengths): list nothing until it is
    // here.
    ArchiveSession& a = *state.archive;
    if (a.docs_fetch == ArchiveSession::Fetch::kNone) a.docs_fetch = ArchiveSession::Fetch::kWanted;
    a.search_waiting = a.docs_fetch != ArchiveSession::Fetch::kFailed;
    state.groups.clear();
    state.ranked.clear();
    state.visible_count = state.total_hits = 0;
    return;
  }
  SearchOptions options;
  options.best_match = state.best_match;
  options.flags = &state.flags;
  SearchResult result = run_search(state.index, state.bundle, state.parsed_query, options);
  state.groups = std::move(result.groups);
  state.ranked = std::move(result.ranked);
  state.visible_count = result.total;
  state.total_hits = result.total;
  if (state.archive) note_archive_wants(state);
}

// What the last search of an archive looked up but did not have: those pieces, and the shards
// of the briefs whose text it had to read.
void note_archive_wants(ReaderState& state) {
  ArchiveSession& a = *state.archive;
  using Fetch = ArchiveSession::Fetch;
  bool waiting = false;
  for (uint32_t p : state.index.take_wanted_pieces()) {
    if (a.piece_fetch[p] == Fetch::kNone) a.piece_fetch[p] = Fetch::kWanted;
    waiting |= a.piece_fetch[p] != Fetch::kFailed;
  }
  size_t shard = 0;
  for (uint32_t doc : state.index.take_wanted_docs()) {  // ascending
    while (doc >= a.manifest.shards[shard].first_doc + a.manifest.shards[shard].count) ++shard;
    if (a.shard_fetch[shard] == Fetch::kNone) a.shard_fetch[shard] = Fetch::kWanted;
    waiting |= a.shard_fetch[shard] != Fetch::kFailed;
  }
  a.search_waiting = waiting;
}

// Takes the finished index and runs the query on it.
void finish_index(ReaderState& state) {
  state.index = state.index_build->take();
  state.index_build.reset();
  state.by_day = {};
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
    state.archive.reset();
    state.by_day.clear();
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

void open_archive(ReaderState& state, ArchiveManifest&& manifest, std::string_view source_name) {
  state.diagnostics.clear();
  state.last_load_name = std::string(source_name);
  state.index_build.reset();
  state.index = SearchIndex();
  auto a = std::make_unique<ArchiveSession>();
  a->index = ArchiveIndex(manifest);
  a->shards.resize(manifest.shards.size());
  a->shard_fetch.assign(manifest.shards.size(), ArchiveSession::Fetch::kNone);
  a->shard_shown.assign(manifest.shards.size(), 0);
  a->piece_fetch.assign(manifest.pieces.size(), ArchiveSession::Fetch::kNone);
  state.bundle = placeholder_bundle(manifest);
  a->manifest = std::move(manifest);
  state.archive = std::move(a);
  state.archive->index.start(state.index);
  state.source_name = std::string(source_name);
  state.loaded = true;
  state.selected = -1;
  regroup(state);
  ++state.revision;
}

namespace {

// The shard holding a brief of an archive (briefs are its documents: placeholder_bundle).
size_t shard_of(const ArchiveSession& a, uint32_t brief) {
  const auto& shards = a.manifest.shards;
  const auto it = std::upper_bound(shards.begin(), shards.end(), brief,
                                   [](uint32_t b, const ArchiveShard& s) { return b < s.first_doc; });
  return static_cast<size_t>(it - shards.begin()) - 1;
}

// Puts the least recently drawn shards back to placeholders until at most max_loaded_shards
// are loaded (see show_brief for which are kept).
void evict_shards(ReaderState& state, size_t keep) {
  ArchiveSession& a = *state.archive;
  using Fetch = ArchiveSession::Fetch;
  if (a.search_waiting) return;  // the query may be reading them
  size_t loaded = std::count(a.shard_fetch.begin(), a.shard_fetch.end(), Fetch::kLoaded);
  const size_t selected = state.selected >= 0 ? shard_of(a, static_cast<uint32_t>(state.selected))
                                              : SIZE_MAX;
  while (loaded > a.max_loaded_shards) {
    size_t oldest = SIZE_MAX;
    for (size_t s = 0; s < a.shard_fetch.size(); ++s)
      if (a.shard_fetch[s] == Fetch::kLoaded && s != keep && s != selected &&
          a.shard_shown[s] < state.revision &&
          (oldest == SIZE_MAX || a.shard_shown[s] < a.shard_shown[oldest]))
        oldest = s;
    if (oldest == SIZE_MAX) return;  // all in use
    const ArchiveShard& where = a.manifest.shards[oldest];
    for (uint32_t i = 0; i < where.count; ++i) {
      Brief& b = state.bundle.briefs[where.first_doc + i];
      a.live_parts -= b.paragraph_count + b.tag_count;
      const DayNumber day = b.day;
      b = Brief();
      b.day = day;
      b.placeholder = true;
    }
    a.shards[oldest].reset();
    a.shard_fetch[oldest] = Fetch::kNone;
    --loaded;
  }
  // Placed shards append their paragraph and tag views; drop those of evicted ones once they
  // are most of the arrays.
  // (Counted as shards come and go: a scan of every brief per shard was ~70 MB at 1M briefs.)
  Bundle& b = state.bundle;
  const size_t live = a.live_parts;
  if (b.paragraphs.size() + b.tags.size() <= 2 * live + 65536) return;
  std::vector<std::string_view> paragraphs, tags;
  paragraphs.reserve(live);
  for (Brief& brief : b.briefs) {
    if (brief.placeholder) continue;
    const auto body = b.body(brief);
    const auto brief_tags = b.tags_of(brief);
    brief.first_paragraph = static_cast<uint32_t>(paragraphs.size());
    brief.first_tag = static_cast<uint32_t>(tags.size());
    paragraphs.insert(paragraphs.end(), body.begin(), body.end());
    tags.insert(tags.end(), brief_tags.begin(), brief_tags.end());
  }
  b.paragraphs = std::move(paragraphs);
  b.tags = std::move(tags);
}

}  // namespace

void show_brief(ReaderState& state, uint32_t brief) {
  if (!state.archive || brief >= state.bundle.briefs.size()) return;
  ArchiveSession& a = *state.archive;
  const size_t s = shard_of(a, brief);
  a.shard_shown[s] = state.revision;
  if (a.shard_fetch[s] == ArchiveSession::Fetch::kNone) a.shard_fetch[s] = ArchiveSession::Fetch::kWanted;
}

bool brief_unavailable(const ReaderState& state, uint32_t brief) {
  if (!state.archive || brief >= state.bundle.briefs.size()) return false;
  const ArchiveSession& a = *state.archive;
  return a.shard_fetch[shard_of(a, brief)] == ArchiveSession::Fetch::kFailed;
}

std::vector<ArchiveRequest> take_archive_requests(ReaderState& state) {
  std::vector<ArchiveRequest> out;
  if (!state.archive) return out;
  ArchiveSession& a = *state.archive;
  using Fetch = ArchiveSession::Fetch;
  // The documents table comes once the shards on screen are in (or at the first query), so it
  // never holds up the first screen and is usually here before anyone searches.
  if (a.docs_fetch == Fetch::kNone &&
      std::none_of(a.shard_fetch.begin(), a.shard_fetch.end(),
                   [](Fetch f) { return f == Fetch::kWanted || f == Fetch::kRequested; }) &&
      std::count(a.shard_fetch.begin(), a.shard_fetch.end(), Fetch::kLoaded) > 0)
    a.docs_fetch = Fetch::kWanted;
  if (a.docs_fetch == Fetch::kWanted) {
    out.push_back({ArchiveRequest::kDocs, 0, a.manifest.docs_file, a.manifest.docs_bytes});
    a.docs_fetch = Fetch::kRequested;
  }
  for (uint32_t p = 0; p < a.piece_fetch.size(); ++p)
    if (a.piece_fetch[p] == Fetch::kWanted) {
      const ArchivePiece& piece = a.manifest.pieces[p];
      out.push_back({ArchiveRequest::kPiece, p, piece.file, piece.bytes});
      a.piece_fetch[p] = Fetch::kRequested;
    }
  for (uint32_t s = 0; s < a.shard_fetch.size(); ++s)
    if (a.shard_fetch[s] == Fetch::kWanted) {
      const ArchiveShard& shard = a.manifest.shards[s];
      out.push_back({ArchiveRequest::kShard, s, shard.file, shard.bytes});
      a.shard_fetch[s] = Fetch::kRequested;
    }
  return out;
}

namespace {

ArchiveSession::Fetch* fetch_state(ArchiveSession& a, ArchiveRequest::Kind kind, uint32_t index) {
  switch (kind) {
    case ArchiveRequest::kDocs:
      return &a.docs_fetch;
    case ArchiveRequest::kPiece:
      return index < a.piece_fetch.size() ? &a.piece_fetch[index] : nullptr;
    case ArchiveRequest::kShard:
      return index < a.shard_fetch.size() ? &a.shard_fetch[index] : nullptr;
  }
  return nullptr;
}

std::string file_name(const ArchiveSession& a, ArchiveRequest::Kind kind, uint32_t index) {
  switch (kind) {
    case ArchiveRequest::kDocs:
      return a.manifest.docs_file;
    case ArchiveRequest::kPiece:
      return a.manifest.pieces[index].file;
    case ArchiveRequest::kShard:
      return a.manifest.shards[index].file;
  }
  return {};
}

}  // namespace

void fail_archive_file(ReaderState& state, ArchiveRequest::Kind kind, uint32_t index,
                       std::string_view why) {
  if (!state.archive) return;
  ArchiveSession::Fetch* f = fetch_state(*state.archive, kind, index);
  if (!f || *f == ArchiveSession::Fetch::kLoaded) return;
  *f = ArchiveSession::Fetch::kFailed;
  Diagnostic warning;
  warning.level = Diagnostic::Level::kWarning;
  warning.message = "could not read " + file_name(*state.archive, kind, index) +
                    " of the archive: " + std::string(why);
  state.diagnostics.push_back(std::move(warning));
  // A query waiting for this file gets what the rest can give.
  if (state.archive->search_waiting) regroup(state);
  ++state.revision;
}

void commit_archive_file(ReaderState& state, ArchiveRequest::Kind kind, uint32_t index,
                         PaddedBytes&& bytes) {
  if (!state.archive) return;
  ArchiveSession& a = *state.archive;
  ArchiveSession::Fetch* f = fetch_state(a, kind, index);
  if (!f || *f == ArchiveSession::Fetch::kLoaded) return;
  std::string error;
  bool ok = false;
  if (kind == ArchiveRequest::kShard) {
    LoadResult shard = parse_bundle(std::move(bytes));
    if (!shard.ok) {
      error = shard.diagnostics.empty() ? "not a bundle" : shard.diagnostics[0].message;
    } else {
      auto kept = std::make_unique<Bundle>(std::move(shard.bundle));
      ok = place_shard(state.bundle, *kept, a.manifest.shards[index], error);
      if (ok) {
        for (const Brief& brief : kept->briefs) a.live_parts += brief.paragraph_count + brief.tag_count;
        a.shards[index] = std::move(kept);
        a.shard_shown[index] = state.revision;
      }
    }
  } else {
    ok = kind == ArchiveRequest::kDocs ? a.index.add_docs(state.index, bytes.view(), error)
                                       : a.index.add_piece(state.index, index, bytes.view(), error);
  }
  if (!ok) return fail_archive_file(state, kind, index, error);
  *f = ArchiveSession::Fetch::kLoaded;
  if (a.search_waiting) regroup(state);
  if (kind == ArchiveRequest::kShard) evict_shards(state, index);
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
  out += ",\"indexing\":";
  if (state.index_build) {
    char progress[32];
    std::snprintf(progress, sizeof progress, "%.3f", state.index_build->progress());
    out += progress;
  } else {
    out += "null";
  }
  out += ",\"archive\":";
  if (state.archive) {
    const ArchiveSession& a = *state.archive;
    auto loaded = [](const std::vector<ArchiveSession::Fetch>& v) {
      return std::to_string(std::count(v.begin(), v.end(), ArchiveSession::Fetch::kLoaded));
    };
    out += "{\"shards\":" + std::to_string(a.shard_fetch.size()) +
           ",\"shardsLoaded\":" + loaded(a.shard_fetch) +
           ",\"pieces\":" + std::to_string(a.piece_fetch.size()) +
           ",\"piecesLoaded\":" + loaded(a.piece_fetch) +
           ",\"searching\":" + (a.search_waiting ? "true" : "false") + "}";
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
