// What the reader does when a user opens, stars or marks a brief, and how marks are kept: they
// are restored when a bundle loads and saved (through the platform's storage) when they change.
// Storage that is missing, full or corrupt never stops the reader; it only says marks won't last.
#include <imgui.h>

#include "padded_bytes.h"
#include "ui/app.h"

extern "C" {
extern const unsigned char br_default_bundle[];
extern const unsigned long br_default_bundle_size;
}

namespace br::ui {
namespace {

std::string storage_key(const App& app) {
  return "marks:" + marks_key(app.reader.bundle, app.reader.source_name);
}

// What was drawn from the old bundle refers to its briefs: forget it.
void forget_old_bundle(App& app) {
  app.ui.shown_briefs.clear();
  app.ui.row_text.clear();
  app.ui.open_text = {};
  app.ui.reading_open = false;
  app.ui.scroll_to_selection = true;
  app.marks.reset(app.reader.bundle.briefs.size());
  app.marks_dirty = false;
}

}  // namespace

bool load_bytes(App& app, PaddedBytes&& bytes, std::string_view source_name) {
  if (!looks_like_manifest(bytes.view())) {
    LoadResult result = parse_bundle(std::move(bytes));
    const bool ok = result.ok;
    load_bundle(app, std::move(result), source_name);
    return ok;
  }
  std::string error;
  std::optional<ArchiveManifest> manifest = parse_manifest(bytes, error);
  if (!manifest) {
    LoadResult failed;
    failed.diagnostics.push_back({Diagnostic::Level::kError, error});
    load_bundle(app, std::move(failed), source_name);
    return false;
  }
  open_archive(app.reader, std::move(*manifest), source_name);
  forget_old_bundle(app);
  // Saved marks are kept by brief id, and most of an archive's ids are not known until their
  // shards load: saving would drop the rest, so marks in an archive are not saved.
  app.storage_note = "Read and starred marks in an archive last for this visit only.";
  return true;
}

void load_bundle(App& app, LoadResult&& result, std::string_view source_name) {
  const bool replaced = result.ok;
  // The list shows at once; the search index is built over the next frames (frame.cpp).
  begin_load(app.reader, std::move(result), source_name);
  if (!replaced) return;
  forget_old_bundle(app);
  if (app.storage_note.rfind("Read and starred marks in an archive", 0) == 0)
    app.storage_note.clear();
  if (!app.platform.load_saved) return;
  const std::optional<std::string> saved = app.platform.load_saved(storage_key(app));
  if (saved && !marks_from_json(app.reader.bundle, *saved, app.marks)) {
    app.storage_note = "Saved read and starred marks were unreadable and have been reset.";
    app.marks_dirty = true;  // overwrite the corrupt copy
  }
}

void load_default_bundle(App& app) {
  const std::string_view bytes(reinterpret_cast<const char*>(br_default_bundle),
                               br_default_bundle_size);
  load_bytes(app, PaddedBytes::copy_of(bytes), "the default bundle");
}

void save_marks_if_needed(App& app) {
  if (!app.marks_dirty) return;
  app.marks_dirty = false;
  if (!app.platform.save || app.reader.archive) return;
  if (!app.platform.save(storage_key(app), marks_to_json(app.reader.bundle, app.marks))) {
    app.storage_note = "Storage is unavailable: read and starred marks will not be kept.";
  } else if (app.storage_note.rfind("Storage", 0) == 0) {
    app.storage_note.clear();
  }
}

void open_brief(App& app, int32_t index) {
  if (index < 0 || index >= static_cast<int32_t>(app.reader.bundle.briefs.size())) return;
  select_index(app.reader, index);
  app.ui.reading_open = true;
  if (!app.marks.has(static_cast<uint32_t>(index), Marks::kRead)) {
    app.marks.set(static_cast<uint32_t>(index), Marks::kRead, true);
    app.marks_dirty = true;
  }
}

void toggle_mark(App& app, int32_t index, uint8_t flag) {
  if (index < 0 || index >= static_cast<int32_t>(app.marks.flags.size())) return;
  const auto brief = static_cast<uint32_t>(index);
  app.marks.set(brief, flag, !app.marks.has(brief, flag));
  app.marks_dirty = true;
  app.ui.rows_revision = ~0ull;  // the unread filter may change what is listed
}

}  // namespace br::ui
