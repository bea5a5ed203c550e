// The desktop reader: SDL2 + OpenGL 3.3, the same UI as the web. It opens the bundle given on the
// command line (or the default bundle compiled in) and waits for events when idle.
#include <cstdio>
#include <string>

#include "padded_bytes.h"
#include "parse.h"
#include "platform/frame.h"

namespace {

// Reads a whole file into padded bytes; on failure returns a LoadResult-ready message.
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
  if (!ok) error = std::string("cannot read ") + path;
  return ok;
}

void load_path(br::ui::App& app, const char* path) {
  br::PaddedBytes bytes;
  std::string error;
  if (!read_file(path, bytes, error)) {
    br::LoadResult failed;
    failed.diagnostics.push_back({br::Diagnostic::Level::kError, error});
    br::apply_load(app.reader, std::move(failed), path);
    return;
  }
  br::apply_load(app.reader, br::parse_bundle(bytes), path);
}

}  // namespace

int main(int argc, char** argv) {
  const char* bundle_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::printf("usage: brief-reader [BUNDLE.json]\n");
      return 0;
    }
    bundle_path = argv[i];
  }

  br::ui::App app;
  app.platform.open_url = [](std::string_view url) { SDL_OpenURL(std::string(url).c_str()); };
  br::platform::Window window;
  if (!br::platform::open_window(window, "Brief Reader", 1280, 800, false)) {
    std::fprintf(stderr, "brief-reader: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  if (bundle_path)
    load_path(app, bundle_path);
  else
    br::ui::load_default_bundle(app);
  for (const auto& d : app.reader.diagnostics)
    std::fprintf(stderr, "%s\n", br::format_diagnostic(d).c_str());

  while (!window.quit) {
    if (!br::platform::frame(app, window)) SDL_WaitEventTimeout(nullptr, 500);
  }
  br::platform::close_window(window);
  return 0;
}
