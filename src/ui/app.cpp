// The reader's frame: one full-window ImGui window holding the top bar, the load banner and
// either two panes side by side (list | reading pane) or, on a narrow screen, one at a time.
// Keyboard shortcuts live here too, so they behave the same on the web and the desktop.
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include "ui/keys.h"
#include "ui/panels.h"

namespace br::ui {
namespace {

constexpr float kNarrowWidth = 720.0f;

void draw_storage_note(App& app) {
  if (app.storage_note.empty()) return;
  ImGui::PushFont(app.ui.fonts.small);
  ImGui::TextDisabled("%s", app.storage_note.c_str());
  ImGui::PopFont();
}

}  // namespace

void touch_scroll() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource != ImGuiMouseSource_TouchScreen || !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f))
    return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  // A swipe, not a tap: the row under the finger must not open when it lifts.
  if (ImGui::IsAnyItemActive()) ImGui::ClearActiveID();
  ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

void draw_app(App& app) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  app.ui.narrow = vp->WorkSize.x < kNarrowWidth;
  if (app.ui.search_text != app.reader.query && !ImGui::IsAnyItemActive())
    app.ui.search_text = app.reader.query;  // the query was set from outside (API, deep link)
  handle_keys(app);
  app.ui.shown_briefs.clear();

  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags frame_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Brief Reader", nullptr, frame_flags);
  draw_top_bar(app);
  ImGui::Separator();
  draw_load_banner(app);
  draw_query_hint(app);
  if (!app.ui.narrow || !app.ui.reading_open) draw_timeline(app);
  draw_storage_note(app);

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (app.ui.narrow) {
    if (app.ui.reading_open && app.reader.selected >= 0) {
      if (ImGui::Button("< Back")) {
        app.ui.reading_open = false;
        app.ui.scroll_to_selection = true;
      }
      ImGui::BeginChild("reading", ImVec2(0, 0));
      draw_reading_pane(app);
      ImGui::EndChild();
    } else {
      ImGui::BeginChild("list", ImVec2(0, 0));
      draw_brief_list(app);
      ImGui::EndChild();
    }
  } else {
    float list_w = avail.x * 0.38f;
    if (list_w < 300) list_w = 300;
    if (list_w > 480) list_w = 480;
    ImGui::BeginChild("list", ImVec2(list_w, 0));
    draw_brief_list(app);
    ImGui::EndChild();
    ImGui::SameLine(0, 0);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddLine(ImVec2(p.x, p.y), ImVec2(p.x, p.y + avail.y), ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::SetCursorScreenPos(ImVec2(p.x + 1, p.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 16));
    ImGui::BeginChild("reading", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    draw_reading_pane(app);
    ImGui::EndChild();
    ImGui::PopStyleVar();
  }
  ImGui::End();
  draw_problems_window(app);
  draw_help_window(app);
  draw_open_dialog(app);
}

}  // namespace br::ui
