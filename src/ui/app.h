// The reader's whole UI state: the core ReaderState plus what only the window cares about.
// Panels (panels.cpp) draw from this plain struct and change the reader only through core
// functions; platform drivers own one App and call draw_app() once per frame.
#pragma once

#include <cstdint>
#include <string>

#include <functional>
#include <string_view>
#include <vector>

#include "reader_state.h"
#include "ui/fonts.h"

namespace br::ui {

struct UiState {
  std::string search_text;      // what the search field shows (may run ahead of reader.query)
  bool focus_search = false;    // focus the search field on the next frame
  bool scroll_to_selection = false;
  bool show_problems = false;   // the load warnings/errors panel
  bool dark = false;
  bool theme_dirty = true;      // re-apply colours on the next frame
  float pixel_ratio = 1.0f;     // device pixels per ImGui unit: fonts are rasterised at this scale
  float text_scale = 1.0f;      // the reader's own zoom
  bool fonts_dirty = true;      // rebuild the font atlas before the next frame
  Fonts fonts;

  // The list as drawn: day headers and briefs flattened, rebuilt when reader.revision changes.
  struct Row {
    int32_t group;  // index into reader.groups
    int32_t brief;  // index into bundle.briefs, or -1 for the group's header row
  };
  std::vector<Row> rows;
  uint64_t rows_revision = ~0ull;
  bool narrow = false;  // phone-sized window: list and reading pane take turns
};

// What only the platform can do, handed to the panels by the driver.
struct PlatformHooks {
  std::function<void(std::string_view url)> open_url;
};

struct App {
  ReaderState reader;
  UiState ui;
  PlatformHooks platform;
};

// Loads the bundle compiled into the binary (assets/default-bundle.json).
void load_default_bundle(App& app);

// Builds the font atlas for ui.pixel_ratio and ui.text_scale when ui.fonts_dirty. Returns true when
// the atlas changed (the renderer must then re-upload its font texture).
bool update_fonts(App& app);

// Applies the light or dark colours when ui.theme_dirty.
void update_theme(App& app);

// Draws one frame of the reader into the current ImGui frame (between NewFrame and Render).
void draw_app(App& app);

}  // namespace br::ui
