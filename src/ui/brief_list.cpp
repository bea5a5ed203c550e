// The list of briefs under day headers, newest day first. It is virtualised with
// ImGuiListClipper over a flat array of rows (headers and briefs, all one height), so only the
// visible rows cost anything however large the bundle is.
#include <cstdio>
#include <string>

#include <imgui_internal.h>

#include "date.h"
#include "ui/panels.h"

namespace br::ui {
namespace {

void rebuild_rows(App& app) {
  if (app.ui.rows_revision == app.reader.revision) return;
  app.ui.rows_revision = app.reader.revision;
  auto& rows = app.ui.rows;
  rows.clear();
  rows.reserve(app.reader.visible_count + app.reader.groups.size());
  for (size_t g = 0; g < app.reader.groups.size(); ++g) {
    rows.push_back({static_cast<int32_t>(g), -1});
    for (uint32_t b : app.reader.groups[g].briefs)
      rows.push_back({static_cast<int32_t>(g), static_cast<int32_t>(b)});
  }
}

float row_height(const App& app) {
  const float line = ImGui::GetTextLineHeight();
  return line * 2.6f + ImGui::GetStyle().ItemSpacing.y;
}

void draw_header_row(App& app, const DayGroup& group, float h) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(w, h - ImGui::GetStyle().ItemSpacing.y));
  const std::string label = format_long_date(group.day);
  char count[32];
  std::snprintf(count, sizeof count, "%zu", group.briefs.size());
  ImFont* bold = app.ui.fonts.bold;
  const float fs = ImGui::GetFontSize();
  const float y = p.y + h - fs * 1.6f;
  dl->AddText(bold, fs, ImVec2(p.x + 4, y), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  const float cw = ImGui::CalcTextSize(count).x;
  dl->AddText(ImVec2(p.x + w - cw - 6, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), count);
  dl->AddLine(ImVec2(p.x, y + fs * 1.3f), ImVec2(p.x + w, y + fs * 1.3f),
              ImGui::GetColorU32(ImGuiCol_Separator), 1.0f);
}

void draw_brief_row(App& app, int32_t index, float h) {
  const Brief& b = app.reader.bundle.briefs[index];
  ImGui::PushID(index);
  const bool selected = app.reader.selected == index;
  ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  if (ImGui::Selectable("##brief", selected, 0, ImVec2(w, h - ImGui::GetStyle().ItemSpacing.y))) {
    select_index(app.reader, index);
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = 8.0f, fs = ImGui::GetFontSize();
  const float line = ImGui::GetTextLineHeight();
  const float x0 = p.x + pad, x1 = p.x + w - pad;
  const float y0 = p.y + (h - ImGui::GetStyle().ItemSpacing.y - line * 2.2f) * 0.5f;
  // Title, one line, ellipsis when too long.
  ImGui::PushFont(app.ui.fonts.bold);
  ImGui::RenderTextEllipsis(dl, ImVec2(x0, y0), ImVec2(x1, y0 + line), x1, x1, b.title.data(),
                            b.title.data() + b.title.size(), nullptr);
  ImGui::PopFont();
  // source · dateline
  std::string meta;
  meta.append(b.source);
  if (!b.source.empty() && !b.dateline.empty()) meta.append(" · ");
  meta.append(b.dateline);
  if (meta.empty()) meta = b.day == kUndated ? "Headline" : "";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushFont(app.ui.fonts.small);
  ImGui::RenderTextEllipsis(dl, ImVec2(x0, y0 + line * 1.2f), ImVec2(x1, y0 + line * 2.4f), x1, x1,
                            meta.c_str(), meta.c_str() + meta.size(), nullptr);
  ImGui::PopFont();
  ImGui::PopStyleColor();
  (void)fs;
  ImGui::PopID();
}

}  // namespace

void draw_brief_list(App& app) {
  rebuild_rows(app);
  const ReaderState& r = app.reader;
  if (r.loaded && r.groups.empty()) {
    ImGui::Spacing();
    if (r.bundle.briefs.empty())
      ImGui::TextDisabled("This bundle has no briefs.");
    else
      ImGui::TextDisabled("No briefs match \"%s\".", r.query.c_str());
    return;
  }
  const float h = row_height(app);
  const auto& rows = app.ui.rows;
  if (app.ui.scroll_to_selection) {
    app.ui.scroll_to_selection = false;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].brief != r.selected) continue;
      const float top = i * h, bottom = top + h, view = ImGui::GetWindowHeight();
      const float scroll = ImGui::GetScrollY();
      if (top < scroll + h) ImGui::SetScrollY(top - h);  // keep its day header in view when near
      else if (bottom > scroll + view) ImGui::SetScrollY(bottom - view);
      break;
    }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto& row = rows[i];
      if (row.brief < 0)
        draw_header_row(app, r.groups[row.group], h);
      else
        draw_brief_row(app, row.brief, h);
    }
  }
}

void move_selection(App& app, int step) {
  const auto& rows = app.ui.rows;
  if (rows.empty()) return;
  int pos = -1;
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].brief >= 0 && rows[i].brief == app.reader.selected) pos = static_cast<int>(i);
  int i = pos < 0 ? (step > 0 ? -1 : static_cast<int>(rows.size())) : pos;
  for (i += step; i >= 0 && i < static_cast<int>(rows.size()); i += step) {
    if (rows[i].brief >= 0) {
      select_index(app.reader, rows[i].brief);
      app.ui.scroll_to_selection = true;
      return;
    }
  }
}

}  // namespace br::ui
