// The timeline strip under the top bar: a bar per day, week or month across the whole bundle
// (quiet grey) with the current results overlaid (accent). Hover names the bin; a click jumps
// the list to it; a drag across bins filters the query to that date range (FROM..TO).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "date.h"
#include "ui/panels.h"

namespace br::ui {
namespace {

std::string bin_label(const Timeline& t, size_t i) {
  const CivilDate c = civil_from_days(t.starts[i]);
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  char text[96];
  switch (t.unit) {
    case Timeline::Unit::kDay:
      return format_long_date(t.starts[i]);
    case Timeline::Unit::kWeek:
      std::snprintf(text, sizeof text, "Week of %s", format_long_date(t.starts[i]).c_str());
      return text;
    case Timeline::Unit::kMonth:
      std::snprintf(text, sizeof text, "%s %d", kMonths[c.month - 1], c.year);
      return text;
  }
  return {};
}

// The query with its date range (if any) replaced by FROM..TO.
std::string with_date_range(const std::string& query, DayNumber first, DayNumber last) {
  std::string rest;
  size_t i = 0;
  while (i < query.size()) {
    const size_t start = query.find_first_not_of(' ', i);
    if (start == std::string::npos) break;
    size_t end = query.find(' ', start);
    if (end == std::string::npos) end = query.size();
    const std::string_view word(query.data() + start, end - start);
    const bool is_range = word.size() >= 9 && word[0] >= '0' && word[0] <= '9' &&
                          word.find("..") != std::string_view::npos;
    if (!is_range) rest.append(rest.empty() ? "" : " ").append(word);
    i = end;
  }
  const std::string range = format_iso_date(first) + ".." + format_iso_date(last);
  return rest.empty() ? range : rest + " " + range;
}

}  // namespace

void draw_timeline(App& app) {
  const float height = std::floor(ImGui::GetFontSize() * 2.2f);
  const float width = ImGui::GetContentRegionAvail().x;
  const size_t max_bins = width > 40 ? static_cast<size_t>(width / 4.0f) : 10;
  UiState& ui = app.ui;
  if (ui.timeline_revision != app.reader.revision || ui.timeline_bins != max_bins) {
    ui.timeline = build_timeline(app.reader, max_bins);
    ui.timeline_revision = app.reader.revision;
    ui.timeline_bins = max_bins;
  }
  const Timeline& t = ui.timeline;
  if (t.empty()) return;

  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##timeline", ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const size_t n = t.starts.size();
  const float bar_w = width / static_cast<float>(n);
  const float base = p.y + height - 2.0f;
  const ImU32 total_color = ImGui::GetColorU32(ImGuiCol_Border);
  const ImU32 match_color = ImGui::GetColorU32(accent_color(app));
  // Bars stay under the date labels in the top corners.
  const float label_h = std::floor(app.ui.fonts.small->FontSize * ImGui::GetIO().FontGlobalScale);
  const float scale = t.max_total ? (height - label_h - 4.0f) / static_cast<float>(t.max_total) : 0.0f;
  const int mouse_bin = hovered ? static_cast<int>((ImGui::GetIO().MousePos.x - p.x) / bar_w) : -1;

  // A drag in progress shades its range.
  if (ui.timeline_drag_from >= 0 && mouse_bin >= 0 && ImGui::IsItemActive()) {
    const int a = std::min(ui.timeline_drag_from, mouse_bin), b = std::max(ui.timeline_drag_from, mouse_bin);
    dl->AddRectFilled(ImVec2(p.x + a * bar_w, p.y), ImVec2(p.x + (b + 1) * bar_w, base),
                      ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
  }
  const float gap = bar_w > 3.0f ? 1.0f : 0.0f;
  // A few days across the whole width would make slabs: bars keep a slim width, centred in
  // their bin.
  const float drawn_w = std::min(bar_w - gap, 16.0f);
  for (size_t i = 0; i < n; ++i) {
    const float x0 = p.x + i * bar_w + (bar_w - gap - drawn_w) * 0.5f, x1 = x0 + drawn_w;
    if (t.total[i]) dl->AddRectFilled(ImVec2(x0, base - std::max(1.0f, t.total[i] * scale)), ImVec2(x1, base), total_color);
    if (t.matching[i]) dl->AddRectFilled(ImVec2(x0, base - std::max(1.0f, t.matching[i] * scale)), ImVec2(x1, base), match_color);
  }
  dl->AddLine(ImVec2(p.x, base), ImVec2(p.x + width, base), ImGui::GetColorU32(ImGuiCol_Separator));
  // The span's ends, quietly, in the top corners.
  ImFont* small = app.ui.fonts.small;
  const float fs = small->FontSize * ImGui::GetIO().FontGlobalScale;
  const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const std::string first = format_iso_date(t.starts.front()), last = format_iso_date(t.end_of(n - 1));
  dl->AddText(small, fs, ImVec2(p.x + 2, p.y), dim, first.c_str());
  const float lw = small->CalcTextSizeA(fs, 1e9f, 0, last.c_str()).x;
  dl->AddText(small, fs, ImVec2(p.x + width - lw - 2, p.y), dim, last.c_str());

  if (mouse_bin >= 0 && mouse_bin < static_cast<int>(n)) {
    const size_t i = static_cast<size_t>(mouse_bin);
    ImGui::SetTooltip("%s\n%u briefs, %u matching\nClick to jump · drag to filter dates", bin_label(t, i).c_str(),
                      t.total[i], t.matching[i]);
    if (ImGui::IsItemActivated()) ui.timeline_drag_from = mouse_bin;
  }
  if (ImGui::IsItemDeactivated() && ui.timeline_drag_from >= 0) {
    const int from = ui.timeline_drag_from;
    ui.timeline_drag_from = -1;
    const int to = mouse_bin >= 0 && mouse_bin < static_cast<int>(n) ? mouse_bin : from;
    if (to == from) {
      jump_to_days(app, t.starts[from], t.end_of(from));
    } else {
      const int a = std::min(from, to), b = std::max(from, to);
      set_query(app.reader, with_date_range(app.reader.query, t.starts[a], t.end_of(b)));
      app.ui.search_text = app.reader.query;
    }
  }
}

}  // namespace br::ui
