// The web reader: the same UI on WebGL2, driven by the browser's animation frames. The page's
// JavaScript (web/brief-reader-api.js) talks to this file only through the br_* functions below:
// it writes a fetched bundle's bytes straight into a padded buffer in wasm memory, then commits
// it, so a bundle never becomes JavaScript objects. Everything else is the shared frame().
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "bundle_json.h"
#include "padded_bytes.h"
#include "parse.h"
#include "platform/frame.h"

namespace {

// Browser storage, clipboard and file picking live in web/brief-reader-api.js (Module.br*).
EM_JS(int, js_storage_get, (const char* key), {
  const text = Module.brStorageGet(UTF8ToString(key));
  if (text === null) return 0;
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});
EM_JS(int, js_storage_set, (const char* key, const char* value), {
  return Module.brStorageSet(UTF8ToString(key), UTF8ToString(value)) ? 1 : 0;
});
EM_JS(void, js_copy_text, (const char* text), { Module.brCopyText(UTF8ToString(text)); });
EM_JS(void, js_pick_file, (), { Module.brPickFile(); });
EM_JS(void, js_view_changed, (const char* query, const char* id), {
  Module.brOnViewChanged(UTF8ToString(query), id ? UTF8ToString(id) : null);
});

br::ui::App g_app;
br::platform::Window g_window;
br::PaddedBytes g_pending;    // the bundle JavaScript is writing into
br::PaddedBytes g_archive_file;  // an archive's file JavaScript is handing over
std::string g_state_json;     // kept alive for the pointers br_state_json and br_archive_requests return
bool g_first_frame = true;
std::string g_seen_query;   // the view last reported to the page (for its URL hash)
int32_t g_seen_selected = -1;

void report_view_if_changed() {
  const auto& r = g_app.reader;
  if (r.query == g_seen_query && r.selected == g_seen_selected) return;
  g_seen_query = r.query;
  g_seen_selected = r.selected;
  const std::string id = r.selected >= 0 ? std::string(r.bundle.briefs[r.selected].id) : "";
  js_view_changed(r.query.c_str(), r.selected >= 0 ? id.c_str() : nullptr);
}

void web_frame() {
  const double started = emscripten_get_now();
  if (!br::platform::frame(g_app, g_window)) return;
  // Each drawn frame's cost, UI work and the whole frame with its WebGL calls, for a page that
  // listens (the benchmark, bench/sections/frames.mjs); nothing is kept otherwise.
  EM_ASM({ if (Module.brOnFrameDrawn) Module.brOnFrameDrawn($0, $1); }, g_window.last_ui_ms,
         emscripten_get_now() - started);
  if (g_first_frame) {
    g_first_frame = false;
    EM_ASM({ if (Module.brOnFirstFrame) Module.brOnFirstFrame(); });
    // Once the first frame is on screen: get the parser optimized before a big bundle comes.
    emscripten_async_call([](void*) { br::warm_up_parser(); }, nullptr, 0);
  }
  report_view_if_changed();
  // An open archive's page fetches what this frame asked for (brief-reader-api.js).
  if (g_app.reader.archive) EM_ASM({ if (Module.brAfterFrame) Module.brAfterFrame(); });
}

void install_hooks() {
  auto& p = g_app.platform;
  p.open_url = [](std::string_view url) {
    EM_ASM({ window.open(UTF8ToString($0, $1), '_blank', 'noopener'); }, url.data(), url.size());
  };
  p.copy_text = [](std::string_view text) { js_copy_text(std::string(text).c_str()); };
  p.pick_file = [] { js_pick_file(); };
  p.load_saved = [](std::string_view key) -> std::optional<std::string> {
    char* text = reinterpret_cast<char*>(js_storage_get(std::string(key).c_str()));
    if (!text) return std::nullopt;
    std::string out(text);
    free(text);
    return out;
  };
  p.save = [](std::string_view key, std::string_view value) {
    return js_storage_set(std::string(key).c_str(), std::string(value).c_str()) == 1;
  };
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

// Parses the first `size` bytes of the buffer filled since br_input_alloc (fewer than allocated
// when a download ended early) and shows the bundle (or its errors). Returns 1 when the bundle
// loaded, 0 when it could not be read (the reader keeps the previous one).
EMSCRIPTEN_KEEPALIVE int br_input_commit(const char* source_name, double size) {
  if (size >= 0) g_pending.shrink(static_cast<size_t>(size));
  // The bundle keeps the bytes (its strings point into them); a failed load leaves them here.
  const bool ok = br::ui::load_bytes(g_app, std::move(g_pending), source_name ? source_name : "");
  g_pending = br::PaddedBytes();
  br::platform::request_frame(g_window);
  return ok ? 1 : 0;
}

// An open archive's wanted files, as JSON [{"kind":"docs"|"piece"|"shard","index","file",
// "bytes"}]; from now on they count as requested. The page fetches them (relative to the
// manifest's URL) and hands each to br_archive_commit or br_archive_fail.
EMSCRIPTEN_KEEPALIVE const char* br_archive_requests() {
  static const char* const kKinds[] = {"docs", "piece", "shard"};
  g_state_json = "[";
  for (const br::ArchiveRequest& r : br::take_archive_requests(g_app.reader)) {
    if (g_state_json.size() > 1) g_state_json += ',';
    g_state_json += "{\"kind\":\"" + std::string(kKinds[r.kind]) +
                    "\",\"index\":" + std::to_string(r.index) +
                    ",\"file\":" + br::json_quote(r.file) +
                    ",\"bytes\":" + std::to_string(r.bytes) + "}";
  }
  g_state_json += "]";
  return g_state_json.c_str();
}

// Like br_input_alloc, for one archive file (kind 0 docs, 1 piece, 2 shard); commit it at once.
EMSCRIPTEN_KEEPALIVE char* br_archive_alloc(double size) {
  g_archive_file = br::PaddedBytes();
  if (size < 0 || size > 3.5e9) return nullptr;
  g_archive_file = br::PaddedBytes(static_cast<size_t>(size));
  return g_archive_file.ok() ? g_archive_file.data() : nullptr;
}

EMSCRIPTEN_KEEPALIVE void br_archive_commit(int kind, int index) {
  br::commit_archive_file(g_app.reader, static_cast<br::ArchiveRequest::Kind>(kind),
                          static_cast<uint32_t>(index), std::move(g_archive_file));
  g_archive_file = br::PaddedBytes();
  br::platform::request_frame(g_window);
}

EMSCRIPTEN_KEEPALIVE void br_archive_fail(int kind, int index, const char* why) {
  br::fail_archive_file(g_app.reader, static_cast<br::ArchiveRequest::Kind>(kind),
                        static_cast<uint32_t>(index), why ? why : "unknown error");
  br::platform::request_frame(g_window);
}

// A load that failed before any bytes arrived (network error, file too large for memory).
EMSCRIPTEN_KEEPALIVE void br_report_load_error(const char* source_name, const char* message) {
  br::LoadResult failed;
  failed.diagnostics.push_back({br::Diagnostic::Level::kError, message ? message : "unknown error"});
  br::ui::load_bundle(g_app, std::move(failed), source_name ? source_name : "");
  br::platform::request_frame(g_window);
}

// How far the latest bundle's search index is (0 to 1), or -1 when it is ready.
EMSCRIPTEN_KEEPALIVE double br_index_progress() { return br::index_progress(g_app.reader); }

EMSCRIPTEN_KEEPALIVE const char* br_state_json() {
  g_state_json = br::state_json(g_app.reader);
  // Append what only the driver knows, keeping the object valid JSON.
  if (!g_state_json.empty() && g_state_json.back() == '}') {
    g_state_json.pop_back();
    g_state_json += ",\"framesDrawn\":" + std::to_string(g_window.frames_drawn);
    // Whether the last frame drawn shows this state (nothing changed since): what a caller that
    // reads the rows on screen (shownRows) waits for.
    g_state_json += ",\"screenCurrent\":" +
                    std::string(g_window.drawn_revision == g_app.reader.revision ? "true" : "false");
    br::ui::append_ui_state_json(g_app, g_state_json);
    g_state_json += "}";
  }
  return g_state_json.c_str();
}

EMSCRIPTEN_KEEPALIVE void br_search(const char* query) {
  br::set_query(g_app.reader, query ? query : "");
  g_app.ui.search_text = g_app.reader.query;
  br::platform::request_frame(g_window);
}

EMSCRIPTEN_KEEPALIVE int br_select(const char* id) {
  const int32_t index = g_app.reader.bundle.find(id ? id : "");
  const bool ok = index >= 0;
  if (ok) {
    br::ui::open_brief(g_app, index);
    g_app.ui.scroll_to_selection = true;
  } else if (!id || !*id) {
    br::select_index(g_app.reader, -1);
    g_app.ui.reading_open = false;
  }
  br::platform::request_frame(g_window);
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void br_request_frame() { br::platform::request_frame(g_window); }

// The page's colour scheme (prefers-color-scheme) or the user's choice.
EMSCRIPTEN_KEEPALIVE void br_set_dark(int dark) {
  if (g_app.ui.dark == (dark != 0)) return;
  g_app.ui.dark = dark != 0;
  g_app.ui.theme_dirty = true;
  br::platform::request_frame(g_window);
}

// The page links every WebGL function it calls directly and never looks one up by name. SDL's
// EGL setup asks for a few EGL extension entry points by name; emscripten's eglGetProcAddress
// answers from a table of every WebGL function, which links the JavaScript of all of them into
// the page. This one answers "not available", which SDL handles (emscripten 3.1.6 has no
// setting for it; later ones have GL_ENABLE_GET_PROC_ADDRESS=0).
void* eglGetProcAddress(const char*) { return nullptr; }

}  // extern "C"

int main() {
  double css_w = 1280, css_h = 800;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  if (!br::platform::open_window(g_window, "Brief Reader", static_cast<int>(css_w),
                                 static_cast<int>(css_h), true)) {
    EM_ASM({ if (Module.brOnFatal) Module.brOnFatal(UTF8ToString($0)); }, SDL_GetError());
    return 1;
  }
  install_hooks();
  EM_ASM({ if (Module.brBeforeFirstLoad) Module.brBeforeFirstLoad(); });
  br::ui::load_default_bundle(g_app);
  emscripten_set_main_loop(web_frame, 0, false);
  return 0;
}
