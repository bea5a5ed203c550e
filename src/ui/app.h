// The reader's whole UI state: the core ReaderState and marks, plus what only the window cares
// about. Panels draw from this plain struct and change the reader only through core functions;
// platform drivers own one App, call load_bundle() to show a bundle and draw_app() once per frame.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "highlight.h"
#include "marks.h"
#include "parse.h"
#include "reader_state.h"
#include "timeline.h"
#include "ui/fonts.h"
#include "ui/open_dialog.h"

namespace br::ui {

struct UiState {
  std::string search_text;      // what the search field shows (may run ahead of reader.query)
  bool focus_search = false;    // focus the search field on the next frame
  bool scroll_to_selection = false;
  bool reading_open = false;    // narrow layout: the reading pane is shown instead of the list
  int page_reading = 0;         // +1 / -1: page the reading pane on the next frame
  bool unread_only = false;
  bool show_problems = false;   // the load warnings/errors panel
  bool show_help = false;       // the keyboard help overlay
  bool dark = false;
  bool theme_dirty = true;      // re-apply colours on the next frame
  float pixel_ratio = 1.0f;     // device pixels per ImGui unit: fonts are rasterised at this scale
  float text_scale = 1.0f;      // the reader's own zoom (Ctrl + / Ctrl -)
  bool fonts_dirty = true;      // rebuild the font atlas before the next frame
  DayNumber today = kUndated;   // for "Today" / "Yesterday" headers; set by the driver
  Fonts fonts;

  // The list as drawn: day headers and briefs flattened, rebuilt when the reader or the marks
  // filter change.
  struct Row {
    int32_t group;  // index into reader.groups
    int32_t brief;  // index into bundle.briefs, or -1 for the group's header row
    int32_t count;  // header rows: briefs shown under it
  };
  std::vector<Row> rows;
  std::vector<int32_t> headers_before;  // [i]: header rows among rows[0, i); size rows + 1
  std::vector<int32_t> header_rows;     // indexes of the header rows, in order
  uint64_t rows_revision = ~0ull;
  bool rows_unread_only = false;
  bool narrow = false;  // phone-sized window: list and reading pane take turns

  // Search marks (highlight.h) for the rows drawn and for the open brief, computed when first
  // drawn after the reader changed, never every frame.
  struct RowText {
    std::vector<ByteRange> title;
    std::string meta;              // "source · dateline"
    std::vector<ByteRange> meta_marks;
    Snippet snippet;
  };
  std::unordered_map<int32_t, RowText> row_text;  // by brief index
  uint64_t row_text_revision = ~0ull;
  struct OpenText {
    int32_t brief = -1;
    uint64_t revision = ~0ull;
    std::vector<ByteRange> title;
    std::string meta;              // "source · dateline · date"
    std::vector<ByteRange> meta_marks;
    std::vector<std::vector<ByteRange>> paragraphs;
    std::vector<bool> tags;        // whether each tag matches a tag: term
  };
  OpenText open_text;
  std::vector<int32_t> shown_briefs;  // brief rows drawn in the last frame, top to bottom

  // The timeline strip, rebuilt when the results or its width change.
  Timeline timeline;
  uint64_t timeline_revision = ~0ull;
  size_t timeline_bins = 0;
  int timeline_drag_from = -1;  // bin where a drag started

  OpenDialog open_dialog;  // the desktop's open dialog (the web uses the browser's picker)
};

// What only the platform can do, handed to the panels by the driver. Any may be empty.
struct PlatformHooks {
  std::function<void(std::string_view url)> open_url;
  std::function<void(std::string_view text)> copy_text;
  std::function<void()> pick_file;  // ask the user for a bundle to open
  // Saved state by key; load returns nullopt when nothing is saved. save returns false when
  // storage is unavailable (private mode, quota, read-only disk).
  std::function<std::optional<std::string>(std::string_view key)> load_saved;
  std::function<bool(std::string_view key, std::string_view value)> save;
};

struct App {
  ReaderState reader;
  Marks marks;
  bool marks_dirty = false;
  std::string storage_note;  // non-empty when marks cannot be kept (shown in the reader)
  UiState ui;
  PlatformHooks platform;
};

// Shows a load's result (see apply_load) and restores the bundle's saved read/starred marks.
void load_bundle(App& app, LoadResult&& result, std::string_view source_name);
// Loads a file's bytes: a bundle (parse_bundle) or an archive's manifest (archive.h). True
// when it replaced what was shown.
bool load_bytes(App& app, PaddedBytes&& bytes, std::string_view source_name);

// Loads the bundle compiled into the binary (assets/default-bundle.json).
void load_default_bundle(App& app);

// Saves the marks if they changed since the last save. Drivers call it after a frame.
void save_marks_if_needed(App& app);

// Marks and selection helpers used by keys, clicks and the browser API.
void open_brief(App& app, int32_t index);  // select, mark read, show it (narrow: open the pane)
void toggle_mark(App& app, int32_t index, uint8_t flag);

// Builds the font atlas for ui.pixel_ratio and ui.text_scale when ui.fonts_dirty. Returns true when
// the atlas changed (the renderer must then re-upload its font texture).
bool update_fonts(App& app);

// Applies the light or dark colours when ui.theme_dirty.
void update_theme(App& app);

// Draws one frame of the reader into the current ImGui frame (between NewFrame and Render).
void draw_app(App& app);

// Appends the window's fields of briefReader.state() (marks, layout, theme, the rows on screen
// with their highlighted text…) to a JSON object being written: `,"readCount":…` and so on.
void append_ui_state_json(const App& app, std::string& out);

}  // namespace br::ui
