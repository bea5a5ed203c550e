// The window's side of briefReader.state(): what the reader shows beyond the core ReaderState,
// including the list rows drawn in the last frame with their marked (highlighted) text, so
// tests can check what a reader actually sees.
#include <string>

#include "bundle_json.h"
#include "ui/app.h"

namespace br::ui {
namespace {

// The highlighted pieces of `text`, as JSON strings.
void append_marked(std::string& out, std::string_view text, const std::vector<ByteRange>& marks,
                   bool& first) {
  for (const ByteRange& m : marks) {
    out += first ? "" : ",";
    first = false;
    out += json_quote(text.substr(m.begin, m.end - m.begin));
  }
}

const char* layout_name(const UiState& ui) {
  if (!ui.narrow) return "wide";
  return ui.reading_open ? "narrow-reading" : "narrow-list";
}

}  // namespace

void append_ui_state_json(const App& app, std::string& out) {
  const UiState& ui = app.ui;
  std::string starred;
  for (uint32_t i = 0; i < app.marks.flags.size() && i < app.reader.bundle.briefs.size(); ++i)
    if (app.marks.has(i, Marks::kStarred))
      starred += (starred.empty() ? "" : ",") + json_quote(app.reader.bundle.briefs[i].id);
  out += ",\"readCount\":" + std::to_string(app.marks.count(Marks::kRead));
  out += ",\"starredIds\":[" + starred + "]";
  out += ",\"unreadOnly\":" + std::string(ui.unread_only ? "true" : "false");
  out += ",\"layout\":\"" + std::string(layout_name(ui)) + "\"";
  out += ",\"theme\":" + std::string(ui.dark ? "\"dark\"" : "\"light\"");
  out += ",\"textScale\":" + std::to_string(ui.text_scale);
  out += ",\"storageNote\":" + (app.storage_note.empty() ? std::string("null") : json_quote(app.storage_note));
  out += ",\"showHelp\":" + std::string(ui.show_help ? "true" : "false");
  // The list rows on screen in the last frame, top to bottom.
  out += ",\"shownRows\":[";
  bool first_row = true;
  for (const int32_t index : ui.shown_briefs) {
    if (index < 0 || static_cast<size_t>(index) >= app.reader.bundle.briefs.size()) continue;
    const Brief& b = app.reader.bundle.briefs[index];
    auto it = ui.row_text.find(index);
    out += first_row ? "{" : ",{";
    first_row = false;
    out += "\"id\":" + json_quote(b.id) + ",\"title\":" + json_quote(b.title);
    if (it != ui.row_text.end()) {
      const UiState::RowText& t = it->second;
      out += ",\"snippet\":" + json_quote(t.snippet.text) + ",\"marked\":[";
      bool first = true;
      append_marked(out, b.title, t.title, first);
      append_marked(out, t.meta, t.meta_marks, first);
      append_marked(out, t.snippet.text, t.snippet.highlights, first);
      out += "]";
    }
    out += "}";
  }
  out += "]";
}

}  // namespace br::ui
