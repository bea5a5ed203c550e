// What the reader shows: the loaded bundle and its search index, the query, the matching briefs
// grouped by day (newest day first, undated last) and the selection. UI panels draw from this
// struct and change it only through these functions, so the browser API, the keyboard and the
// mouse all go through the same code and tests can drive it without a window.
//
// Search (docs/search.md): the index is built once in apply_load; set_query parses and runs the
// query once per change (never per frame). For drawing, the UI reads:
//   groups / visible_count    the matching briefs by day, and how many (also total_hits)
//   query_hint                a quiet note when part of the query was not understood, or ""
//   best_match, ranked        with the toggle on (set_best_match), `ranked` lists the same briefs
//                             best first, to show as one flat list; `groups` still has the days
//   parsed_query              for highlight.h: make_snippet() and match_ranges()
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archive.h"
#include "bundle.h"
#include "diagnostic.h"
#include "parse.h"
#include "query.h"
#include "search.h"
#include "search_index.h"

namespace br {

// A file of an open archive that the reader wants fetched.
struct ArchiveRequest {
  enum Kind : uint8_t { kDocs, kPiece, kShard };
  Kind kind = kDocs;
  uint32_t index = 0;  // of the piece or shard
  std::string file;    // relative to the manifest
  uint64_t bytes = 0;  // as the manifest says
};

// An open archive (archive.h): the bundle holds a placeholder per brief until its shard is
// here, and the index holds the pieces fetched so far.
struct ArchiveSession {
  enum class Fetch : uint8_t { kNone, kWanted, kRequested, kLoaded, kFailed };
  size_t max_loaded_shards = 64;  // of ~1,000 briefs: about 150 MB of text at most
  ArchiveManifest manifest;
  ArchiveIndex index;
  std::vector<std::unique_ptr<Bundle>> shards;  // loaded shards: the placeholders' text
  std::vector<Fetch> shard_fetch, piece_fetch;
  std::vector<uint64_t> shard_shown;  // the revision at which a row of the shard was last drawn
  Fetch docs_fetch = Fetch::kNone;  // asked for after the first screen, or by a query
  bool search_waiting = false;  // the query's result waits for files on their way
  size_t live_parts = 0;  // paragraphs and tags of the loaded shards' briefs (for compaction)
};

struct ReaderState {
  std::string source_name;     // where the shown bundle came from ("the default bundle", a URL)
  std::string last_load_name;  // what the latest load attempt tried to open (may have failed)
  Bundle bundle;
  bool loaded = false;  // a bundle (possibly empty) is loaded
  // Diagnostics of the most recent load attempt. If that attempt failed outright, the previous
  // bundle stays loaded and these say why the new one could not be read.
  std::vector<Diagnostic> diagnostics;
  SearchIndex index;  // of bundle, rebuilt by every successful load
  // While a load's index is still being built (begin_load): every brief is listed by day and the
  // query waits; advance_index() builds it a slice at a time and then applies the query.
  std::unique_ptr<IndexBuild> index_build;
  std::vector<uint32_t> by_day;  // meanwhile, every brief in day order (sorted once per load)
  std::string query;
  Query parsed_query;            // query, parsed: for highlighting (highlight.h)
  std::string query_hint;        // what the parser could not take as written, or ""
  DayGroups groups;              // the briefs matching the query (DayGroups: search.h)
  size_t visible_count = 0;      // briefs in groups
  size_t total_hits = 0;         // the same number, under the name the search API uses
  bool best_match = false;       // rank by relevance instead of date
  std::vector<uint32_t> ranked;  // with best_match: the matching briefs, best first
  // The reader's starred/read marks for is:starred and is:unread; set it once and call
  // refresh_search() whenever marks change. Empty: nothing starred, everything unread.
  FlagLookup flags;
  // Set while an archive is open (open_archive): bundle then starts as placeholders.
  std::unique_ptr<ArchiveSession> archive;
  int32_t selected = -1;  // index into bundle.briefs, or -1
  uint64_t revision = 0;  // bumped on every change, so drivers know when to redraw
};

// Takes a load's result. On success the bundle replaces the current one (query kept, selection
// cleared); on failure the current bundle stays and the diagnostics explain.
void apply_load(ReaderState& state, LoadResult&& result, std::string_view source_name);

// Like apply_load, but the search index is built later, a slice per advance_index() call, so
// a window can keep drawing while a large bundle is indexed. The state must not move meanwhile.
void begin_load(ReaderState& state, LoadResult&& result, std::string_view source_name);

// Builds more of a pending index for about budget_ms; once it is done, runs the query. Returns
// true while more remains to build.
bool advance_index(ReaderState& state, double budget_ms);

// How far the pending index is (0 to 1), or a negative number when none is pending.
double index_progress(const ReaderState& state);

// Opens an archive from its manifest: every day and count shows at once; shards, the documents
// table and index pieces are then asked for through take_archive_requests() as rows come into
// view (show_brief) and queries need them. Replaces the current bundle.
void open_archive(ReaderState& state, ArchiveManifest&& manifest, std::string_view source_name);

// A brief of an open archive is being drawn: its shard is wanted if it is not here, and counts
// as in use. No revision change. At most max_loaded_shards shards stay loaded: when another
// arrives, the one drawn longest ago goes back to placeholders (never while a query waits for
// shards, never the selected brief's, never one drawn since the last change).
void show_brief(ReaderState& state, uint32_t brief);

// Whether a brief of an open archive cannot be shown: its shard could not be read.
bool brief_unavailable(const ReaderState& state, uint32_t brief);

// The files wanted and not yet asked for; they count as requested from now on.
std::vector<ArchiveRequest> take_archive_requests(ReaderState& state);

// A requested file arrived (commit) or could not be fetched (fail, with why): the shard's
// briefs replace their placeholders, a piece joins the index, and the query runs again when it
// was waiting. A damaged or foreign file is refused with a warning in diagnostics.
void commit_archive_file(ReaderState& state, ArchiveRequest::Kind kind, uint32_t index,
                         PaddedBytes&& bytes);
void fail_archive_file(ReaderState& state, ArchiveRequest::Kind kind, uint32_t index,
                       std::string_view why);

// Sets the query and recomputes groups. The selection is kept even when filtered out.
void set_query(ReaderState& state, std::string_view query);

// Turns best-match order on or off (recomputes `ranked`).
void set_best_match(ReaderState& state, bool on);

// Runs the current query again, e.g. after marks changed under an is:starred query.
void refresh_search(ReaderState& state);

// Selects a brief by id; false (and no change) when no brief has that id.
bool select_brief(ReaderState& state, std::string_view id);
void select_index(ReaderState& state, int32_t index);

// The state as plain JSON for briefReader.state():
// {"title","source","loaded","revision","briefCount",
//  "groups":[{"date":"2017-02-20"|null,"label","count"}],
//  "query","visibleCount","totalHits","hint"|null,"bestMatch","selectedId"|null,
//  "indexing": 0..1 while the index is being built, else null,
//  "archive": null, or for an open archive {"shards","shardsLoaded","pieces","piecesLoaded",
//             "searching": the query waits for files},
//  "errors":[...],"warnings":[...]}
// where each error/warning is {"message","line","column","briefIndex","briefId","field"}, with
// null for what is unknown (no position, not about one brief, no id, no field).
std::string state_json(const ReaderState& state);

}  // namespace br
