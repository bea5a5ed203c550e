// The list of briefs under day headers, newest day first. It is virtualised with
// ImGuiListClipper over a flat array of rows (headers and briefs, all one height), so only the
// visible rows cost anything however large the bundle is; the current day's header stays pinned
// at the top while its briefs scroll under it.
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui_internal.h>

#include "date.h"
#include "ui/panels.h"

namespace br::ui {
namespace {

void rebuild_rows(App& app) {
  if (app.ui.rows_revision == app.reader.revision && app.ui.rows_unread_only == app.ui.unread_only)
    return;
  app.ui.rows_revision = app.reader.revision;
  app.ui.rows_unread_only = app.ui.unread_only;
  auto& rows = app.ui.rows;
  rows.clear();
  rows.reserve(app.reader.visible_count + app.reader.groups.size());
  for (size_t g = 0; g < app.reader.groups.size(); ++g) {
    const size_t header = rows.size();
    rows.push_back({static_cast<int32_t>(g), -1, 0});
    for (uint32_t b : app.reader.groups[g].briefs) {
      // Unread only: keep the selected brief even once read, so it doesn't vanish under the reader.
      if (app.ui.unread_only && app.marks.has(b, Marks::kRead) &&
          static_cast<int32_t>(b) != app.reader.selected)
        continue;
      rows.push_back({static_cast<int32_t>(g), static_cast<int32_t>(b), 0});
    }
    rows[header].count = static_cast<int32_t>(rows.size() - header - 1);
    if (rows[header].count == 0) rows.pop_back();
  }
}

float row_height() { return std::floor(ImGui::GetTextLineHeight() * 2.6f) + ImGui::GetStyle().ItemSpacing.y; }

std::string day_label(const App& app, DayNumber day) {
  if (day != kUndated && app.ui.today != kUndated) {
    if (day == app.ui.today) return "Today — " + format_long_date(day);
    if (day == app.ui.today - 1) return "Yesterday — " + format_long_date(day);
  }
  return format_long_date(day);
}

void draw_header(App& app, const UiState::Row& row, ImVec2 p, float w, float h, bool pinned) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float fs = ImGui::GetFontSize();
  const float y = p.y + h - fs * 1.6f;
  if (pinned) {
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_WindowBg));
  }
  const std::string label = day_label(app, app.reader.groups[row.group].day);
  char count[32];
  std::snprintf(count, sizeof count, "%d", row.count);
  dl->AddText(app.ui.fonts.bold, fs, ImVec2(p.x + 4, y), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  const float cw = ImGui::CalcTextSize(count).x;
  dl->AddText(ImVec2(p.x + w - cw - 6, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), count);
  dl->AddLine(ImVec2(p.x, y + fs * 1.3f), ImVec2(p.x + w, y + fs * 1.3f),
              ImGui::GetColorU32(ImGuiCol_Separator), 1.0f);
}

void draw_star(ImDrawList* dl, ImVec2 c, float r, ImU32 color) {
  ImVec2 pts[10];
  for (int i = 0; i < 10; ++i) {
    const float a = -IM_PI / 2 + i * IM_PI / 5;
    const float rr = (i % 2 == 0) ? r : r * 0.45f;
    pts[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
  }
  for (int i = 0; i < 10; ++i) dl->AddTriangleFilled(c, pts[i], pts[(i + 1) % 10], color);
}

void draw_brief_row(App& app, int32_t index, float h) {
  const Brief& b = app.reader.bundle.briefs[index];
  ImGui::PushID(index);
  const bool selected = app.reader.selected == index;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float inner_h = h - ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::Selectable("##brief", selected, 0, ImVec2(w, inner_h))) open_brief(app, index);
  const bool read = app.marks.has(static_cast<uint32_t>(index), Marks::kRead);
  const bool starred = app.marks.has(static_cast<uint32_t>(index), Marks::kStarred);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float x0 = p.x + 22.0f, x1 = p.x + w - (starred ? 26.0f : 8.0f);
  const float y0 = p.y + std::floor((inner_h - line * 2.2f) * 0.5f);
  if (!read) {
    dl->AddCircleFilled(ImVec2(p.x + 11.0f, y0 + line * 0.5f), 4.0f,
                        ImGui::GetColorU32(accent_color(app)));
  }
  if (starred) {
    draw_star(dl, ImVec2(p.x + w - 14.0f, y0 + line * 0.5f), 7.0f, IM_COL32(230, 160, 20, 255));
  }
  // Title, one line, ellipsis when too long; read briefs in a quieter colour.
  const bool quiet = read && !selected;
  ImGui::PushFont(read ? app.ui.fonts.body : app.ui.fonts.bold);
  if (quiet) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::RenderTextEllipsis(dl, ImVec2(x0, y0), ImVec2(x1, y0 + line), x1, x1, b.title.data(),
                            b.title.data() + b.title.size(), nullptr);
  if (quiet) ImGui::PopStyleColor();
  ImGui::PopFont();
  // source · dateline
  std::string meta;
  meta.append(b.source);
  if (!b.source.empty() && !b.dateline.empty()) meta.append(" · ");
  meta.append(b.dateline);
  if (meta.empty() && b.paragraph_count == 0) meta = "Headline";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushFont(app.ui.fonts.small);
  ImGui::RenderTextEllipsis(dl, ImVec2(x0, y0 + line * 1.2f), ImVec2(x1, y0 + line * 2.4f), x1, x1,
                            meta.c_str(), meta.c_str() + meta.size(), nullptr);
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ImGui::PopID();
}

// Index into rows of the selected brief, or -1.
int selected_row(const App& app) {
  const auto& rows = app.ui.rows;
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].brief >= 0 && rows[i].brief == app.reader.selected) return static_cast<int>(i);
  return -1;
}

void select_row(App& app, int i) {
  select_index(app.reader, app.ui.rows[i].brief);
  app.ui.scroll_to_selection = true;
  if (!app.ui.narrow) open_brief(app, app.ui.rows[i].brief);
}

}  // namespace

void draw_brief_list(App& app) {
  rebuild_rows(app);
  const ReaderState& r = app.reader;
  if (r.loaded && app.ui.rows.empty()) {
    ImGui::Spacing();
    if (r.bundle.briefs.empty())
      ImGui::TextDisabled("This bundle has no briefs.");
    else if (app.ui.unread_only && r.query.empty())
      ImGui::TextDisabled("No unread briefs. Press u to show all.");
    else
      ImGui::TextDisabled("No briefs match \"%s\".", r.query.c_str());
    return;
  }
  const float h = row_height();
  const auto& rows = app.ui.rows;
  if (app.ui.scroll_to_selection) {
    app.ui.scroll_to_selection = false;
    const int i = selected_row(app);
    if (i >= 0) {
      const float top = i * h, bottom = top + h, view = ImGui::GetWindowHeight();
      const float scroll = ImGui::GetScrollY();
      if (top < scroll + h)
        ImGui::SetScrollY(top - h);  // below the pinned day header
      else if (bottom > scroll + view)
        ImGui::SetScrollY(bottom - view);
    }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto& row = rows[i];
      if (row.brief < 0) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::Dummy(ImVec2(w, h - ImGui::GetStyle().ItemSpacing.y));
        draw_header(app, row, p, w, h, false);
      } else {
        draw_brief_row(app, row.brief, h);
      }
    }
  }
  // Pin the header of the day at the top of the view once its own header has scrolled away.
  const float scroll = ImGui::GetScrollY();
  const int first = static_cast<int>(scroll / h);
  if (scroll > 0 && first < static_cast<int>(rows.size())) {
    int header = first;
    while (header > 0 && rows[header].brief >= 0) --header;
    const ImVec2 top = ImGui::GetWindowPos();
    const float w = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    const float pinned_h = ImGui::GetFontSize() * 2.0f;
    // When the next day's header arrives, push the pinned one up out of its way.
    float offset = 0;
    if (first + 1 < static_cast<int>(rows.size()) && rows[first + 1].brief < 0) {
      const float next_top = (first + 1) * h - scroll;
      if (next_top < pinned_h) offset = next_top - pinned_h;
    }
    draw_header(app, rows[header], ImVec2(top.x + ImGui::GetWindowContentRegionMin().x, top.y + offset),
                w, pinned_h, true);
  }
}

void move_selection(App& app, int step) {
  const auto& rows = app.ui.rows;
  if (rows.empty()) return;
  const int pos = selected_row(app);
  int i = pos < 0 ? (step > 0 ? -1 : static_cast<int>(rows.size())) : pos;
  for (i += step; i >= 0 && i < static_cast<int>(rows.size()); i += step) {
    if (rows[i].brief >= 0) {
      select_row(app, i);
      return;
    }
  }
}

void move_day(App& app, int step) {
  const auto& rows = app.ui.rows;
  if (rows.empty()) return;
  const int pos = selected_row(app);
  const int group = pos < 0 ? (step > 0 ? -1 : static_cast<int>(app.reader.groups.size()))
                            : rows[pos].group;
  // The first brief row of the neighbouring group that is listed.
  int target = -1;
  if (step > 0) {
    for (size_t i = 0; i < rows.size() && target < 0; ++i)
      if (rows[i].brief >= 0 && rows[i].group > group) target = static_cast<int>(i);
  } else {
    int want = -1;
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].brief >= 0 && rows[i].group < group) want = rows[i].group;
    for (size_t i = 0; i < rows.size() && target < 0; ++i)
      if (rows[i].brief >= 0 && rows[i].group == want) target = static_cast<int>(i);
  }
  if (target >= 0) select_row(app, target);
}

void jump_to_days(App& app, DayNumber first, DayNumber last) {
  const auto& rows = app.ui.rows;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].brief < 0) continue;
    const DayNumber day = app.reader.bundle.briefs[rows[i].brief].day;
    if (day != kUndated && day >= first && day <= last) return select_row(app, static_cast<int>(i));
  }
}

void move_to_end(App& app, int direction) {
  const auto& rows = app.ui.rows;
  if (direction < 0) {
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].brief >= 0) return select_row(app, static_cast<int>(i));
  } else {
    for (size_t i = rows.size(); i-- > 0;)
      if (rows[i].brief >= 0) return select_row(app, static_cast<int>(i));
  }
}

}  // namespace br::ui
