// The list of briefs under day headers, newest day first. It is virtualised with
// ImGuiListClipper over a flat array of rows (headers and briefs, all one height), so only the
// visible rows cost anything however large the bundle is; the current day's header stays pinned
// at the top while its briefs scroll under it.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <string>

#include <imgui_internal.h>

#include "date.h"
#include "highlight.h"
#include "ui/panels.h"
#include "ui/rich_text.h"

namespace br::ui {
namespace {

constexpr int32_t kRankedGroup = -1;  // Row::group of the flat best-match list

// Whether the list shows one flat "best match" list instead of day groups.
bool ranked_view(const App& app) { return app.reader.best_match && !app.reader.query.empty(); }

void rebuild_rows(App& app) {
  if (app.ui.rows_revision == app.reader.revision && app.ui.rows_unread_only == app.ui.unread_only)
    return;
  app.ui.rows_revision = app.reader.revision;
  app.ui.rows_unread_only = app.ui.unread_only;
  auto& rows = app.ui.rows;
  rows.clear();
  rows.reserve(app.reader.visible_count + app.reader.groups.size());
  // Unread only: keep the selected brief even once read, so it doesn't vanish under the reader.
  auto listed = [&](uint32_t b) {
    return !app.ui.unread_only || !app.marks.has(b, Marks::kRead) ||
           static_cast<int32_t>(b) == app.reader.selected;
  };
  auto add_group = [&](int32_t group, std::span<const uint32_t> briefs) {
    const size_t header = rows.size();
    rows.push_back({group, -1, 0});
    for (uint32_t b : briefs)
      if (listed(b)) rows.push_back({group, static_cast<int32_t>(b), 0});
    rows[header].count = static_cast<int32_t>(rows.size() - header - 1);
    if (rows[header].count == 0) rows.pop_back();
  };
  if (ranked_view(app)) {
    add_group(kRankedGroup, app.reader.ranked);
  } else {
    for (size_t g = 0; g < app.reader.groups.size(); ++g)
      add_group(static_cast<int32_t>(g), app.reader.groups[g].briefs);
  }
  // Where each row sits: rows are of two heights, so a row's top is known from how many
  // headers come before it.
  auto& before = app.ui.headers_before;
  auto& headers = app.ui.header_rows;
  before.assign(rows.size() + 1, 0);
  headers.clear();
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].brief < 0) headers.push_back(static_cast<int32_t>(i));
    before[i + 1] = static_cast<int32_t>(headers.size());
  }
}

// Row heights, spacing included: a brief shows title, source · dateline and a snippet; a day
// header one line with room above it.
struct RowHeights {
  float brief, header;
  RowHeights()
      : brief(std::floor(ImGui::GetTextLineHeight() * 3.75f) + ImGui::GetStyle().ItemSpacing.y),
        header(std::floor(ImGui::GetFontSize() * 2.4f)) {}
  // The top of row i in the list (i may be rows.size(): the list's height).
  float top(const UiState& ui, size_t i) const {
    const int32_t headers = ui.headers_before[i];
    return headers * header + static_cast<float>(static_cast<int32_t>(i) - headers) * brief;
  }
  // The row at list position y (the last row when y is past the end).
  size_t row_at(const UiState& ui, float y) const {
    size_t lo = 0, hi = ui.rows.size();  // first row whose bottom is below y
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if (top(ui, mid + 1) <= y) lo = mid + 1; else hi = mid;
    }
    return lo < ui.rows.size() ? lo : ui.rows.size() - 1;
  }
};

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
  const std::string label = row.group == kRankedGroup
                                ? std::string("Best match first")
                                : day_label(app, app.reader.groups[row.group].day);
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

// The marks for a row, computed the first time it is drawn after the reader changed.
const UiState::RowText& row_text(App& app, int32_t index) {
  if (app.ui.row_text_revision != app.reader.revision || app.ui.row_text.size() > 4096) {
    app.ui.row_text.clear();
    app.ui.row_text_revision = app.reader.revision;
  }
  auto [it, added] = app.ui.row_text.try_emplace(index);
  UiState::RowText& t = it->second;
  if (!added) return t;
  const Query& q = app.reader.parsed_query;
  const Brief& b = app.reader.bundle.briefs[index];
  show_brief(app.reader, static_cast<uint32_t>(index));  // an archive fetches its shard if needed
  if (b.placeholder) {
    t.meta = brief_unavailable(app.reader, static_cast<uint32_t>(index))
                 ? "Not available: its part of the archive could not be read (see warnings)"
                 : "Loading...";
    return t;
  }
  t.title = match_ranges(q, b.title, TextField::kTitle);
  MarkedText meta;
  meta.append(b.source, match_ranges(q, b.source, TextField::kSource));
  meta.append(b.dateline, match_ranges(q, b.dateline, TextField::kDateline));
  if (meta.text.empty() && b.paragraph_count == 0) meta.text = "Headline";
  t.meta = std::move(meta.text);
  t.meta_marks = std::move(meta.marks);
  t.snippet = make_snippet(q, app.reader.bundle, b, 200);
  return t;
}

void draw_brief_row(App& app, int32_t index, float h) {
  ImGui::PushID(index);
  const bool selected = app.reader.selected == index;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float inner_h = h - ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::Selectable("##brief", selected, 0, ImVec2(w, inner_h))) open_brief(app, index);
  const bool read = app.marks.has(static_cast<uint32_t>(index), Marks::kRead);
  const bool starred = app.marks.has(static_cast<uint32_t>(index), Marks::kStarred);
  const UiState::RowText& t = row_text(app, index);
  const Brief& b = app.reader.bundle.briefs[index];

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float x0 = p.x + 22.0f, x1 = p.x + w - (starred ? 26.0f : 8.0f);
  const float y0 = p.y + std::floor((inner_h - line * 3.35f) * 0.5f);
  if (!read) {
    dl->AddCircleFilled(ImVec2(p.x + 11.0f, y0 + line * 0.5f), 4.0f,
                        ImGui::GetColorU32(accent_color(app)));
  }
  if (starred) {
    draw_star(dl, ImVec2(p.x + w - 14.0f, y0 + line * 0.5f), 7.0f, IM_COL32(230, 160, 20, 255));
  }
  const ImU32 marks = mark_color(app);
  // Title, one line, ellipsis when too long; read briefs in a quieter colour.
  const bool quiet = read && !selected;
  ImGui::PushFont(read ? app.ui.fonts.body : app.ui.fonts.bold);
  if (quiet) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  marked_line(dl, ImVec2(x0, y0), x1, b.title, t.title, marks);
  if (quiet) ImGui::PopStyleColor();
  ImGui::PopFont();
  // source · dateline, then the snippet around the first match (the lede without a query).
  ImGui::PushFont(app.ui.fonts.small);
  const float small = ImGui::GetTextLineHeight();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  marked_line(dl, ImVec2(x0, y0 + line * 1.2f), x1, t.meta, t.meta_marks, marks);
  ImGui::PopStyleColor();
  if (quiet) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  marked_line(dl, ImVec2(x0, y0 + line * 1.2f + small * 1.25f), x1, t.snippet.text,
              t.snippet.highlights, marks);
  if (quiet) ImGui::PopStyleColor();
  ImGui::PopFont();
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
  touch_scroll();
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
  const RowHeights heights;
  const UiState& ui = app.ui;
  const auto& rows = ui.rows;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float pinned_h = ImGui::GetFontSize() * 2.0f;
  if (app.ui.scroll_to_selection) {
    app.ui.scroll_to_selection = false;
    const int i = selected_row(app);
    if (i >= 0) {
      const float top = heights.top(ui, i), bottom = top + heights.brief;
      const float view = ImGui::GetWindowHeight(), scroll = ImGui::GetScrollY();
      if (top < scroll + pinned_h)
        ImGui::SetScrollY(top - pinned_h);  // below the pinned day header
      else if (bottom > scroll + view)
        ImGui::SetScrollY(bottom - view);
    }
  }
  // Only the rows in view are laid out; the list's full height is reserved below them.
  const float origin = ImGui::GetCursorPosY();
  const float scroll = ImGui::GetScrollY(), view = ImGui::GetWindowHeight();
  const size_t first = heights.row_at(ui, scroll);
  for (size_t i = first; i < rows.size() && heights.top(ui, i) < scroll + view; ++i) {
    ImGui::SetCursorPosY(origin + heights.top(ui, i));
    const auto& row = rows[i];
    if (row.brief < 0) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float w = ImGui::GetContentRegionAvail().x;
      ImGui::Dummy(ImVec2(w, heights.header - spacing));
      draw_header(app, row, p, w, heights.header, false);
    } else {
      draw_brief_row(app, row.brief, heights.brief);
      app.ui.shown_briefs.push_back(row.brief);
    }
  }
  ImGui::SetCursorPosY(origin + heights.top(ui, rows.size()) - 1.0f);
  ImGui::Dummy(ImVec2(1.0f, 1.0f));

  // Pin the header of the day at the top of the view once its own header has scrolled away.
  if (scroll > 0 && !rows.empty()) {
    const int32_t k = ui.headers_before[first + 1] - 1;  // the header of the first row in view
    const ImVec2 top = ImGui::GetWindowPos();
    const float w = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    // When the next day's header arrives, push the pinned one up out of its way.
    float offset = 0;
    if (k + 1 < static_cast<int32_t>(ui.header_rows.size())) {
      const float next_top = heights.top(ui, ui.header_rows[k + 1]) + heights.header - pinned_h - scroll;
      if (next_top < pinned_h) offset = std::min(0.0f, next_top - pinned_h);
    }
    if (k >= 0)
      draw_header(app, rows[ui.header_rows[k]],
                  ImVec2(top.x + ImGui::GetWindowContentRegionMin().x, top.y + offset), w,
                  pinned_h, true);
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
  if (rows.empty() || ranked_view(app)) return;  // best match first: no days to move between
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
