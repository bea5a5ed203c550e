// The `?` overlay: every keyboard shortcut, and how to search and open bundles.
#include "ui/panels.h"

namespace br::ui {
namespace {

struct Shortcut {
  const char* keys;
  const char* what;
};

constexpr Shortcut kShortcuts[] = {
    {"j  /  Down", "next brief"},
    {"k  /  Up", "previous brief"},
    {"n  /  p", "next / previous day"},
    {"g  /  G", "first / last brief"},
    {"Enter  /  o", "open the selected brief"},
    {"Space  /  Shift+Space", "page the reading pane down / up"},
    {"/  or  Ctrl+F", "search"},
    {"Esc", "clear the search, close a panel, back to the list"},
    {"s", "star or unstar"},
    {"m", "mark read or unread"},
    {"u", "show unread briefs only"},
    {"Ctrl +  /  Ctrl -  /  Ctrl 0", "larger / smaller / normal text"},
    {"?", "this help"},
};

}  // namespace

void draw_help_window(App& app) {
  if (!app.ui.show_help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = vp->WorkSize.x < 560 ? vp->WorkSize.x - 20 : 540;
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + 60),
                          ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  if (ImGui::Begin("Keyboard shortcuts", &app.ui.show_help,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingStretchProp)) {
      for (const Shortcut& s : kShortcuts) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(app.ui.fonts.bold);
        ImGui::TextUnformatted(s.keys);
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.what);
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "Search: type words (all must match). Open another bundle with the Open button or by "
        "dropping a .json file on the window.");
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace br::ui
