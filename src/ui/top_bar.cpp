// The top bar: bundle title, the search field with its result count, the problems badge and the
// theme toggle. Typing updates the query at once (the search issue makes it indexed).
#include <cstdio>

#include "ui/panels.h"

#include <imgui_stdlib.h>

namespace br::ui {

void draw_top_bar(App& app) {
  const ReaderState& r = app.reader;
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::AlignTextToFramePadding();
  if (!app.ui.narrow) {
    ImGui::PushFont(app.ui.fonts.bold);
    text(r.bundle.title.empty() ? std::string_view("Brief Reader") : r.bundle.title);
    ImGui::PopFont();
    ImGui::SameLine(0, 18);
  }

  // What sits right of the search field, measured first so the field takes the rest.
  char count[64];
  const double indexing = index_progress(r);
  if (indexing >= 0)  // the query waits for the index
    std::snprintf(count, sizeof count, "%zu · indexing for search %d%%", r.bundle.briefs.size(),
                  static_cast<int>(indexing * 100));
  else if (r.archive && r.archive->search_waiting)  // fetching the index pieces it needs
    std::snprintf(count, sizeof count, "searching %zu...", r.bundle.briefs.size());
  else if (r.query.empty())
    std::snprintf(count, sizeof count, "%zu", r.visible_count);
  else
    std::snprintf(count, sizeof count, "%zu of %zu", r.visible_count, r.bundle.briefs.size());
  size_t warnings = 0, errors = 0;
  for (const auto& d : r.diagnostics) (d.is_error() ? errors : warnings)++;
  char badge[48] = "";
  if (errors + warnings > 0) {
    const size_t n = errors + warnings;
    if (app.ui.narrow)
      std::snprintf(badge, sizeof badge, "%zu !", n);
    else
      std::snprintf(badge, sizeof badge, "%zu %s", n,
                    errors ? (n == 1 ? "error" : "problems") : (n == 1 ? "warning" : "warnings"));
  }
  const char* theme_label = app.ui.dark ? "Light" : "Dark";
  const char* open_label = app.platform.pick_file ? "Open" : nullptr;
  const char* help_label = "?";
  // With a query, results can be ranked instead of grouped by day.
  const char* order_label =
      r.query.empty() ? nullptr : (r.best_match ? "Best match" : "Newest");
  auto button_w = [&](const char* label) {
    return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  };
  float right_w = ImGui::CalcTextSize(count).x + style.ItemSpacing.x + button_w(theme_label);
  if (badge[0]) right_w += button_w(badge);
  if (open_label) right_w += button_w(open_label);
  right_w += button_w(help_label);
  if (order_label) right_w += button_w("Best match");

  float width = ImGui::GetContentRegionAvail().x - right_w - style.ItemSpacing.x;
  if (width > 560) width = 560;
  if (width < 80) width = 80;
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
  ImGui::TextDisabled("%s", count);
  if (order_label) {
    ImGui::SameLine();
    if (ImGui::Button(order_label)) {
      set_best_match(app.reader, !r.best_match);
      app.ui.scroll_to_selection = true;
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(r.best_match ? "Ranked by relevance. Click (or b) for newest day first"
                                     : "Newest day first. Click (or b) to rank by best match");
  }

  // Right edge: the problems badge and the theme toggle.
  const float right_edge = ImGui::GetWindowContentRegionMax().x;
  float x = right_edge - button_w(theme_label) - button_w(help_label) + style.ItemSpacing.x;
  if (badge[0]) x -= button_w(badge);
  if (open_label) x -= button_w(open_label);
  ImGui::SameLine(x > ImGui::GetCursorPosX() ? x : 0.0f);
  if (badge[0]) {
    ImGui::PushStyleColor(ImGuiCol_Text, errors ? error_color(app) : accent_color(app));
    if (ImGui::Button(badge)) app.ui.show_problems = !app.ui.show_problems;
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Load errors and warnings");
    ImGui::SameLine();
  }
  if (open_label) {
    if (ImGui::Button(open_label)) app.platform.pick_file();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open a bundle (.json) — or drop one on the window");
    ImGui::SameLine();
  }
  if (ImGui::Button(help_label)) app.ui.show_help = !app.ui.show_help;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keys and search (?)");
  ImGui::SameLine();
  if (ImGui::Button(theme_label)) {
    app.ui.dark = !app.ui.dark;
    app.ui.theme_dirty = true;
  }
}

void draw_query_hint(App& app) {
  if (app.reader.query_hint.empty()) return;
  ImGui::PushFont(app.ui.fonts.small);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Search note: %s", app.reader.query_hint.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

}  // namespace br::ui
