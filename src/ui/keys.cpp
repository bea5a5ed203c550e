// Keyboard shortcuts, the same on the web and the desktop; listed in the help overlay (help.cpp).
#include "ui/keys.h"

#include "ui/panels.h"

namespace br::ui {
namespace {

bool pressed(ImGuiKey key, bool repeat = true) { return ImGui::IsKeyPressed(key, repeat); }

void zoom(App& app, float factor) {
  float s = app.ui.text_scale * factor;
  if (s < 0.7f) s = 0.7f;
  if (s > 2.0f) s = 2.0f;
  if (s != app.ui.text_scale) {
    app.ui.text_scale = s;
    app.ui.fonts_dirty = true;
  }
}

}  // namespace

void handle_keys(App& app) {
  if (app.ui.open_dialog.visible) return;  // the dialog has the keyboard
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl || io.KeySuper) {
    if (pressed(ImGuiKey_F, false)) app.ui.focus_search = true;
    if (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd)) zoom(app, 1.1f);
    if (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract)) zoom(app, 1.0f / 1.1f);
    if (pressed(ImGuiKey_0, false)) zoom(app, 1.0f / app.ui.text_scale);
    return;
  }
  if (io.WantTextInput || io.KeyAlt) return;  // typing in the search field
  const bool shift = io.KeyShift;
  const int32_t selected = app.reader.selected;

  if (pressed(ImGuiKey_Slash, false)) {
    if (shift)
      app.ui.show_help = !app.ui.show_help;
    else
      app.ui.focus_search = true;
  }
  if (pressed(ImGuiKey_J) || pressed(ImGuiKey_DownArrow)) move_selection(app, +1);
  if (pressed(ImGuiKey_K) || pressed(ImGuiKey_UpArrow)) move_selection(app, -1);
  if (pressed(ImGuiKey_N)) move_day(app, +1);
  if (pressed(ImGuiKey_P)) move_day(app, -1);
  if (pressed(ImGuiKey_G, false)) move_to_end(app, shift ? +1 : -1);
  if (pressed(ImGuiKey_Home, false)) move_to_end(app, -1);
  if (pressed(ImGuiKey_End, false)) move_to_end(app, +1);
  if ((pressed(ImGuiKey_Enter, false) || pressed(ImGuiKey_KeypadEnter, false) ||
       pressed(ImGuiKey_O, false)) && selected >= 0)
    open_brief(app, selected);
  if (pressed(ImGuiKey_Space)) app.ui.page_reading = shift ? -1 : +1;
  if (pressed(ImGuiKey_S, false) && selected >= 0) toggle_mark(app, selected, Marks::kStarred);
  if (pressed(ImGuiKey_M, false) && selected >= 0) toggle_mark(app, selected, Marks::kRead);
  if (pressed(ImGuiKey_B, false)) {
    set_best_match(app.reader, !app.reader.best_match);
    app.ui.scroll_to_selection = true;
  }
  if (pressed(ImGuiKey_U, false)) {
    app.ui.unread_only = !app.ui.unread_only;
    app.ui.scroll_to_selection = true;
  }
  if (pressed(ImGuiKey_Escape, false)) {
    if (app.ui.show_help) {
      app.ui.show_help = false;
    } else if (app.ui.show_problems) {
      app.ui.show_problems = false;
    } else if (app.ui.narrow && app.ui.reading_open) {
      app.ui.reading_open = false;
      app.ui.scroll_to_selection = true;
    } else if (!app.reader.query.empty()) {
      app.ui.search_text.clear();
      set_query(app.reader, "");
    }
  }
}

}  // namespace br::ui
