// The desktop reader: SDL2 + OpenGL 3.3, the same UI as the web. It opens the bundle given on the
// command line (or the default bundle compiled in), opens files dropped on its window or chosen
// with the Open button (an ImGui dialog, src/ui/open_dialog.cpp), keeps read/starred marks in
// the user's config folder, and waits for events when idle.
#include <sys/stat.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>
#include <optional>
#include <string>

#include "padded_bytes.h"
#include "parse.h"
#include "platform/frame.h"

namespace {

// Reads a whole file into padded bytes.
bool read_file(const char* path, br::PaddedBytes& out, std::string& error) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) {
    error = std::string("cannot open ") + path;
    return false;
  }
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  out = br::PaddedBytes(size < 0 ? 0 : static_cast<size_t>(size));
  const bool ok = size >= 0 && out.ok() && std::fread(out.data(), 1, out.size(), f) == out.size();
  std::fclose(f);
  if (!ok) error = std::string(out.ok() ? "cannot read " : "not enough memory to open ") + path;
  return ok;
}

void load_path(br::ui::App& app, const char* path) {
  br::PaddedBytes bytes;
  std::string error;
  if (!read_file(path, bytes, error)) {
    br::LoadResult failed;
    failed.diagnostics.push_back({br::Diagnostic::Level::kError, error});
    br::ui::load_bundle(app, std::move(failed), path);
  } else {
    br::ui::load_bytes(app, std::move(bytes), path);
  }
  for (const auto& d : app.reader.diagnostics)
    std::fprintf(stderr, "%s: %s\n", path, br::format_diagnostic(d).c_str());
}

// Reads the files an open archive asks for, from beside its manifest. True when it read any.
bool serve_archive(br::ui::App& app) {
  std::vector<br::ArchiveRequest> requests = br::take_archive_requests(app.reader);
  const std::filesystem::path dir = std::filesystem::path(app.reader.source_name).parent_path();
  for (const br::ArchiveRequest& r : requests) {
    br::PaddedBytes bytes;
    std::string error;
    if (read_file((dir / r.file).string().c_str(), bytes, error))
      br::commit_archive_file(app.reader, r.kind, r.index, std::move(bytes));
    else
      br::fail_archive_file(app.reader, r.kind, r.index, error);
  }
  return !requests.empty();
}

// $XDG_CONFIG_HOME/brief-reader (or ~/.config/brief-reader), created on first save.
std::string config_dir() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::string(xdg) + "/brief-reader";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/brief-reader";
  return {};
}

// A file name for a storage key: hex of its bytes keeps any title safe on any file system.
std::string state_path(std::string_view key) {
  static const char* hex = "0123456789abcdef";
  std::string name;
  for (unsigned char c : key.substr(0, 100)) {
    name += hex[c >> 4];
    name += hex[c & 15];
  }
  return config_dir() + "/" + name + ".json";
}

std::optional<std::string> load_saved(std::string_view key) {
  std::FILE* f = std::fopen(state_path(key).c_str(), "rb");
  if (!f) return std::nullopt;
  std::string text;
  char buf[16384];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  return text;
}

bool save(std::string_view key, std::string_view value) {
  const std::string dir = config_dir();
  if (dir.empty()) return false;
  const std::string parent = dir.substr(0, dir.rfind('/'));
  mkdir(parent.c_str(), 0755);
  mkdir(dir.c_str(), 0755);
  const std::string path = state_path(key), tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(value.data(), 1, value.size(), f) == value.size();
  if (std::fclose(f) != 0 || !ok) return false;
  return std::rename(tmp.c_str(), path.c_str()) == 0;  // never leave a half-written file
}

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// --measure: scrolls the list with wheel events for `frames` frames, timing each frame's CPU cost,
// then stays idle for `idle_seconds` and counts the frames drawn. Prints one JSON line.
int measure(br::ui::App& app, br::platform::Window& window, int frames, double idle_seconds) {
  // Index the bundle (a slice per frame) and settle the first layout before timing anything.
  while (br::index_progress(app.reader) >= 0 || serve_archive(app)) br::platform::frame(app, window);
  for (int i = 0; i < 10; ++i) br::platform::frame(app, window);
  std::vector<double> times, ui_times;
  for (int i = 0; i < frames; ++i) {
    SDL_Event wheel{};
    wheel.type = SDL_MOUSEWHEEL;
    wheel.wheel.y = (i / 200) % 2 == 0 ? -3 : 3;  // down for 200 frames, then up, ...
    SDL_WarpMouseInWindow(window.window, 200, 400);
    SDL_PushEvent(&wheel);
    serve_archive(app);  // shards the last frame asked for (not timed)
    const double t0 = cpu_ms();
    br::platform::frame(app, window);
    times.push_back(cpu_ms() - t0);
    ui_times.push_back(window.last_ui_ms);
  }
  std::sort(times.begin(), times.end());
  std::sort(ui_times.begin(), ui_times.end());
  double sum = 0, ui_sum = 0;
  for (double t : times) sum += t;
  for (double t : ui_times) ui_sum += t;
  for (int i = 0; i < 20 && br::platform::frame(app, window); ++i) {
  }  // let the last scroll settle, then count what idling draws
  const uint64_t before = window.frames_drawn;
  const Uint32 end = SDL_GetTicks() + static_cast<Uint32>(idle_seconds * 1000);
  while (SDL_GetTicks() < end) {
    if (!br::platform::frame(app, window)) SDL_WaitEventTimeout(nullptr, 100);
  }
  std::printf(
      "{\"briefs\":%zu,\"frames\":%d,\"ui_ms\":{\"mean\":%.3f,\"p50\":%.3f,\"p95\":%.3f,\"max\":%.3f},"
      "\"frame_cpu_ms_with_gl\":{\"mean\":%.3f,\"p50\":%.3f,\"p95\":%.3f,"
      "\"max\":%.3f},\"idle_seconds\":%.1f,\"idle_frames\":%llu}\n",
      app.reader.bundle.briefs.size(), frames, ui_sum / ui_times.size(), ui_times[ui_times.size() / 2],
      ui_times[ui_times.size() * 95 / 100], ui_times.back(), sum / times.size(), times[times.size() / 2],
      times[times.size() * 95 / 100], times.back(), idle_seconds,
      static_cast<unsigned long long>(window.frames_drawn - before));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const char* bundle_path = nullptr;
  int measure_frames = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--measure" && i + 1 < argc) {
      measure_frames = std::atoi(argv[++i]);
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      std::printf("usage: brief-reader [--measure FRAMES] [BUNDLE.json]\n  Opens the bundle (or the "
                  "default one). Drop a .json file on the window to open it.\n  --measure: scroll for "
                  "FRAMES frames, then idle 5 s; print frame CPU times and idle frames as JSON.\n");
      return 0;
    }
    bundle_path = argv[i];
  }

  br::ui::App app;
  app.platform.open_url = [](std::string_view url) { SDL_OpenURL(std::string(url).c_str()); };
  app.platform.copy_text = [](std::string_view text) { SDL_SetClipboardText(std::string(text).c_str()); };
  app.platform.load_saved = load_saved;
  app.platform.save = save;
  br::platform::Window window;
  // A file dropped on the window and one chosen in the open dialog load the same way.
  window.on_drop_file = app.ui.open_dialog.open_file = [&app](const char* path) {
    load_path(app, path);
  };
  app.platform.pick_file = [&app] { br::ui::show_open_dialog(app); };
  if (!br::platform::open_window(window, "Brief Reader", 1280, 800, false)) {
    std::fprintf(stderr, "brief-reader: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  if (bundle_path)
    load_path(app, bundle_path);
  else
    br::ui::load_default_bundle(app);

  if (measure_frames > 0) {
    const int rc = measure(app, window, measure_frames, 5.0);
    br::platform::close_window(window);
    return rc;
  }
  while (!window.quit) {
    const bool drawn = br::platform::frame(app, window);
    if (!serve_archive(app) && !drawn) SDL_WaitEventTimeout(nullptr, 500);
  }
  br::platform::close_window(window);
  return 0;
}
