// The web reader: the same UI on WebGL2, driven by the browser's animation frames. The page's
// JavaScript (web/brief-reader-api.js) talks to this file only through the br_* functions below:
// it writes a fetched bundle's bytes straight into a padded buffer in wasm memory, then commits
// it, so a bundle never becomes JavaScript objects. Everything else is the shared frame().
#include <cstdio>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "padded_bytes.h"
#include "parse.h"
#include "platform/frame.h"

namespace {

br::ui::App g_app;
br::platform::Window g_window;
br::PaddedBytes g_pending;    // the bundle JavaScript is writing into
std::string g_state_json;     // kept alive for the pointer br_state_json returns
bool g_first_frame = true;

void web_frame() {
  if (!br::platform::frame(g_app, g_window)) return;
  if (g_first_frame) {
    g_first_frame = false;
    EM_ASM({ if (Module.brOnFirstFrame) Module.brOnFirstFrame(); });
  }
}

}  // namespace

extern "C" {

// Returns a buffer of `size` bytes (plus zeroed padding) for the next bundle, or null when the
// browser cannot spare that much memory.
EMSCRIPTEN_KEEPALIVE char* br_input_alloc(double size) {
  g_pending = br::PaddedBytes();  // release the previous one first
  if (size < 0 || size > 3.5e9) return nullptr;
  g_pending = br::PaddedBytes(static_cast<size_t>(size));
  return g_pending.ok() ? g_pending.data() : nullptr;
}

// Parses the buffer filled since br_input_alloc and shows it (or its errors). Returns 1 when
// the bundle loaded, 0 when it could not be read (the reader keeps the previous one).
EMSCRIPTEN_KEEPALIVE int br_input_commit(const char* source_name) {
  br::LoadResult result = br::parse_bundle(g_pending);
  g_pending = br::PaddedBytes();
  const bool ok = result.ok;
  br::apply_load(g_app.reader, std::move(result), source_name ? source_name : "");
  br::platform::request_frame(g_window);
  return ok ? 1 : 0;
}

// A load that failed before any bytes arrived (network error, file too large for memory).
EMSCRIPTEN_KEEPALIVE void br_report_load_error(const char* source_name, const char* message) {
  br::LoadResult failed;
  failed.diagnostics.push_back({br::Diagnostic::Level::kError, message ? message : "unknown error"});
  br::apply_load(g_app.reader, std::move(failed), source_name ? source_name : "");
  br::platform::request_frame(g_window);
}

EMSCRIPTEN_KEEPALIVE const char* br_state_json() {
  g_state_json = br::state_json(g_app.reader);
  // Append what only the driver knows, keeping the object valid JSON.
  if (!g_state_json.empty() && g_state_json.back() == '}') {
    g_state_json.pop_back();
    g_state_json += ",\"framesDrawn\":" + std::to_string(g_window.frames_drawn) + "}";
  }
  return g_state_json.c_str();
}

EMSCRIPTEN_KEEPALIVE void br_search(const char* query) {
  br::set_query(g_app.reader, query ? query : "");
  g_app.ui.search_text = g_app.reader.query;
  br::platform::request_frame(g_window);
}

EMSCRIPTEN_KEEPALIVE int br_select(const char* id) {
  const bool ok = br::select_brief(g_app.reader, id ? id : "");
  if (ok) g_app.ui.scroll_to_selection = true;
  br::platform::request_frame(g_window);
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void br_request_frame() { br::platform::request_frame(g_window); }

}  // extern "C"

int main() {
  double css_w = 1280, css_h = 800;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  if (!br::platform::open_window(g_window, "Brief Reader", static_cast<int>(css_w),
                                 static_cast<int>(css_h), true)) {
    EM_ASM({ if (Module.brOnFatal) Module.brOnFatal(UTF8ToString($0)); }, SDL_GetError());
    return 1;
  }
  g_app.platform.open_url = [](std::string_view url) {
    EM_ASM({ window.open(UTF8ToString($0, $1), '_blank', 'noopener'); }, url.data(), url.size());
  };
  br::ui::load_default_bundle(g_app);
  emscripten_set_main_loop(web_frame, 0, false);
  return 0;
}
