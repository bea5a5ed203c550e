// The one frame function both drivers call: it takes SDL's events, decides whether anything
// changed, and only then builds and draws an ImGui frame. When nothing changes no frame is drawn,
// so an idle reader costs (almost) nothing on either platform.
#pragma once

#include <cstdint>
#include <functional>

#include <SDL.h>

#include "ui/app.h"

namespace br::platform {

struct Window {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  int settle_frames = 3;      // frames still to draw after the last change (ImGui settles hover etc.)
  uint64_t drawn_revision = ~0ull;
  uint64_t frames_drawn = 0;  // reported to tests: idle must not add to it
  double last_ui_ms = 0;      // wall time of the last frame's UI work (events → draw lists), no GL
  uint64_t next_today_check = 0;  // SDL ticks (ms) when today's date is next looked up
  int index_percent_drawn = -1;   // while a bundle is indexed: the percentage last drawn,
  uint64_t next_progress_draw = 0;  // and the SDL ticks (ms) before which it is not redrawn
  bool quit = false;
  std::function<void(const char* path)> on_drop_file;  // a file dropped on the window
};

// Creates the window and GL context and sets up ImGui. `glsl_version` is "#version 300 es" on
// the web and "#version 330 core" natively. Returns false (with SDL_GetError) on failure.
bool open_window(Window& w, const char* title, int width, int height, bool gles);
void close_window(Window& w);

// Wakes the frame loop (something outside SDL changed: an API call, a finished load).
inline void request_frame(Window& w) { w.settle_frames = w.settle_frames < 3 ? 3 : w.settle_frames; }

// Processes pending events and draws if needed. Returns true when a frame was drawn.
bool frame(ui::App& app, Window& w);

}  // namespace br::platform
