// The top bar: bundle title, the search field with its result count, the problems badge and the
// theme toggle. Typing updates the query at once (the search issue makes it indexed).
#include <cstdio>

#include "ui/panels.h"

#include <imgui_stdlib.h>

namespace br::ui {

void draw_top_bar(App& app) {
  const ReaderState& r = app.reader;
  ImGui::PushFont(app.ui.fonts.bold);
  std::string_view title = r.bundle.title.empty() ? std::string_view("Brief Reader") : r.bundle.title;
  if (!app.ui.narrow) {
    text(title);
    ImGui::SameLine(0, 18);
  }
  ImGui::PopFont();

  // Search field, as wide as the bar allows after the buttons on its right.
  const float buttons_w = app.ui.narrow ? 70.0f : 150.0f;
  float width = ImGui::GetContentRegionAvail().x - buttons_w;
  if (width < 120) width = 120;
  if (width > 560) width = 560;
  ImGui::SetNextItemWidth(width);
  if (app.ui.focus_search) {
    ImGui::SetKeyboardFocusHere();
    app.ui.focus_search = false;
  }
  if (ImGui::InputTextWithHint("##search", "Search briefs  ( / )", &app.ui.search_text)) {
    set_query(app.reader, app.ui.search_text);
  }
  if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    app.ui.search_text.clear();
    set_query(app.reader, "");
  }
  ImGui::SameLine();
  char count[64];
  if (r.query.empty())
    std::snprintf(count, sizeof count, "%zu", r.visible_count);
  else
    std::snprintf(count, sizeof count, "%zu of %zu", r.visible_count, r.bundle.briefs.size());
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", count);

  // Right side: problems badge and theme toggle.
  size_t warnings = 0, errors = 0;
  for (const auto& d : r.diagnostics) (d.is_error() ? errors : warnings)++;
  const float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine(right - (app.ui.narrow ? 64.0f : 130.0f));
  if (errors + warnings > 0) {
    char label[48];
    if (app.ui.narrow)
      std::snprintf(label, sizeof label, "%zu !", errors + warnings);
    else
      std::snprintf(label, sizeof label, "%zu %s", errors + warnings,
                    errors ? (errors + warnings == 1 ? "error" : "problems")
                           : (warnings == 1 ? "warning" : "warnings"));
    ImGui::PushStyleColor(ImGuiCol_Text, errors ? error_color(app) : accent_color(app));
    if (ImGui::Button(label)) app.ui.show_problems = !app.ui.show_problems;
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Load errors and warnings");
    ImGui::SameLine();
  } else {
    ImGui::Dummy(ImVec2(app.ui.narrow ? 0 : 60, 1));
    ImGui::SameLine();
  }
  if (ImGui::Button(app.ui.dark ? "Light" : "Dark")) {
    app.ui.dark = !app.ui.dark;
    app.ui.theme_dirty = true;
  }
}

}  // namespace br::ui
