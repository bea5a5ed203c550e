// Load problems, never only in the console: a banner when a bundle could not be read at all, and
// a window listing every error and warning of the latest load with its position and excerpt.
#include <string>

#include "ui/panels.h"

namespace br::ui {

ImVec4 accent_color(const App& app) {
  return app.ui.dark ? ImVec4(0.50f, 0.69f, 0.94f, 1) : ImVec4(0.15f, 0.39f, 0.72f, 1);
}
ImVec4 error_color(const App& app) {
  return app.ui.dark ? ImVec4(1.00f, 0.50f, 0.45f, 1) : ImVec4(0.75f, 0.12f, 0.10f, 1);
}
ImU32 mark_color(const App& app) {
  return app.ui.dark ? IM_COL32(176, 132, 20, 150) : IM_COL32(255, 210, 60, 150);
}

void draw_load_banner(App& app) {
  const ReaderState& r = app.reader;
  const Diagnostic* error = nullptr;
  for (const auto& d : r.diagnostics)
    if (d.is_error()) error = &d;
  if (!error) return;
  ImGui::PushStyleColor(ImGuiCol_Text, error_color(app));
  ImGui::PushFont(app.ui.fonts.bold);
  std::string head =
      "Could not open " + (r.last_load_name.empty() ? std::string("the bundle") : r.last_load_name);
  text_wrapped(head);
  ImGui::PopFont();
  std::string where;
  if (error->line) where = "Line " + std::to_string(error->line) + ", column " + std::to_string(error->column) + ": ";
  text_wrapped(where + error->message);
  ImGui::PopStyleColor();
  if (!error->excerpt.empty()) {
    ImGui::PushFont(app.ui.fonts.small);
    ImGui::TextDisabled("near: %s", error->excerpt.c_str());
    ImGui::PopFont();
  }
  if (r.loaded && !r.bundle.briefs.empty())
    ImGui::TextDisabled("Still showing the previous bundle.");
  ImGui::Separator();
}

void draw_problems_window(App& app) {
  if (!app.ui.show_problems) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.8f, vp->WorkSize.y * 0.6f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin("Load problems", &app.ui.show_problems, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  for (size_t i = 0; i < app.reader.diagnostics.size(); ++i) {
    const Diagnostic& d = app.reader.diagnostics[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, d.is_error() ? error_color(app) : accent_color(app));
    text(d.is_error() ? "Error" : "Warning");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    std::string where;
    if (d.brief_index >= 0) where += "brief " + std::to_string(d.brief_index);
    if (!d.brief_id.empty()) where += " (" + d.brief_id + ")";
    if (!d.field.empty()) where += (where.empty() ? "" : ", ") + std::string("field ") + d.field;
    if (d.line) where += (where.empty() ? "" : ", ") + std::string("at ") + std::to_string(d.line) + ":" + std::to_string(d.column);
    ImGui::TextDisabled("%s", where.c_str());
    text_wrapped(d.message);
    if (!d.excerpt.empty()) ImGui::TextDisabled("near: %s", d.excerpt.c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::End();
}

}  // namespace br::ui
