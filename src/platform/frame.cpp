// Shared SDL2 + OpenGL frame loop body for the web (WebGL2) and native (OpenGL 3.3) drivers.
#include "platform/frame.h"

#include <chrono>
#include <ctime>

#include <imgui.h>
#include <imgui_internal.h>  // GImGui->InputEventsQueue
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

#include "date.h"

namespace br::platform {

bool open_window(Window& w, const char* title, int width, int height, bool gles) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return false;
  if (gles) {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  } else {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  }
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  w.window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
  if (!w.window) return false;
  w.gl = SDL_GL_CreateContext(w.window);
  if (!w.gl) return false;
  SDL_GL_MakeCurrent(w.window, w.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours, not a file's
  // A steady caret: a blinking one would need frames while the reader sits idle in the search
  // field, and idle must cost nothing.
  io.ConfigInputTextCursorBlink = false;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
  ImGui_ImplOpenGL3_Init(gles ? "#version 300 es" : "#version 330 core");
  return true;
}

void close_window(Window& w) {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  if (w.gl) SDL_GL_DeleteContext(w.gl);
  if (w.window) SDL_DestroyWindow(w.window);
  SDL_Quit();
}

namespace {
// While a bundle is indexed, each frame gives the build most of its 16.7 ms, and the progress
// shown is redrawn a few times a second, not every frame: a drawn frame costs the build its
// share of the next one (with Chromium's software WebGL a draw of the list takes ~30 ms, and
// redrawing each percentage step with its settle frames made indexing 100k briefs take 4.5x its
// build time). Input still draws at once.
constexpr double kIndexSliceMs = 13.0;
constexpr Uint64 kIndexRedrawMs = 250;
}  // namespace

bool frame(ui::App& app, Window& w) {
  const auto started = std::chrono::steady_clock::now();
  SDL_Event event;
  bool had_events = false;
  while (SDL_PollEvent(&event)) {
    had_events = true;
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) w.quit = true;
    if (event.type == SDL_DROPFILE && event.drop.file) {
      if (w.on_drop_file) w.on_drop_file(event.drop.file);
      SDL_free(event.drop.file);
    }
  }

  // Today's date, local, for "Today" / "Yesterday" headers: looked up once a minute, not every
  // frame (localtime_r consults the time zone). Drivers call frame() while idle too, and a wake
  // after a long idle finds the minute passed, so the headers turn over within a minute of
  // midnight either way.
  const Uint64 ticks = SDL_GetTicks64();
  if (app.ui.today == kUndated || ticks >= w.next_today_check) {
    w.next_today_check = ticks + 60 * 1000;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local)) {
      const DayNumber today =
          days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
      if (today != app.ui.today) {
        app.ui.today = today;
        app.ui.rows_revision = ~0ull;
        w.settle_frames = 3;
      }
    }
  }

  // Device pixels per window unit: fonts are rasterised at this ratio to stay crisp.
  int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
  SDL_GetWindowSize(w.window, &win_w, &win_h);
  SDL_GL_GetDrawableSize(w.window, &fb_w, &fb_h);
  const float ratio = win_w > 0 ? static_cast<float>(fb_w) / static_cast<float>(win_w) : 1.0f;
  if (ratio > 0.25f && ratio != app.ui.pixel_ratio) {
    app.ui.pixel_ratio = ratio;
    app.ui.fonts_dirty = true;
  }

  // A new bundle's search index is built a slice per frame, so the page keeps drawing and
  // answering input while a large bundle is indexed.
  bool progress_moved = false;
  if (advance_index(app.reader, kIndexSliceMs)) {
    const int percent = static_cast<int>(index_progress(app.reader) * 100);
    const Uint64 now = SDL_GetTicks64();
    if (percent != w.index_percent_drawn && now >= w.next_progress_draw) {
      progress_moved = true;
      w.index_percent_drawn = percent;
      w.next_progress_draw = now + kIndexRedrawMs;
    }
  }

  // ImGui hands queued input to frames a little at a time (a key's down and up, or a click's,
  // land in different frames), so a burst of typing needs frames until its queue is empty.
  const bool input_pending = GImGui->InputEventsQueue.Size > 0;
  const bool changed = had_events || input_pending || app.reader.revision != w.drawn_revision ||
                       app.ui.fonts_dirty || app.ui.theme_dirty;
  if (changed) w.settle_frames = 3;
  if (progress_moved && w.settle_frames < 1) w.settle_frames = 1;  // the new figure, once
  if (w.settle_frames <= 0) return false;
  if (w.settle_frames > 0) --w.settle_frames;

  if (ui::update_fonts(app)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ui::update_theme(app);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ui::draw_app(app);
  ImGui::Render();
  w.last_ui_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(w.window);
  // Changes made while drawing (a click that selected a brief) are drawn on the next frame.
  if (app.reader.revision != w.drawn_revision) w.settle_frames = 3;
  w.drawn_revision = app.reader.revision;
  ++w.frames_drawn;
  ui::save_marks_if_needed(app);
  return true;
}

}  // namespace br::platform
