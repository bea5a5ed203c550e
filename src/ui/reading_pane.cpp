// The reading pane: the selected brief's title, source · dateline · date, its paragraphs wrapped
// at a comfortable measure (~70 characters), tags and a link to the original.
#include <string>

#include "date.h"
#include "highlight.h"
#include "ui/panels.h"
#include "ui/rich_text.h"

namespace br::ui {

void text_wrapped(std::string_view s) {
  ImGui::PushTextWrapPos(0.0f);
  text(s);
  ImGui::PopTextWrapPos();
}

namespace {

// Star, read/unread and copy, under the brief's title.
void draw_brief_actions(App& app, int32_t index) {
  const Brief& b = app.reader.bundle.briefs[index];
  const auto brief = static_cast<uint32_t>(index);
  ImGui::PushFont(app.ui.fonts.small);
  const bool starred = app.marks.has(brief, Marks::kStarred);
  if (ImGui::SmallButton(starred ? "Starred (s)" : "Star (s)")) toggle_mark(app, index, Marks::kStarred);
  ImGui::SameLine();
  const bool read = app.marks.has(brief, Marks::kRead);
  if (ImGui::SmallButton(read ? "Mark unread (m)" : "Mark read (m)")) toggle_mark(app, index, Marks::kRead);
  if (app.platform.copy_text) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy text")) {
      std::string all(b.title);
      for (std::string_view p : app.reader.bundle.body(b)) all.append("\n\n").append(p);
      if (!b.url.empty()) all.append("\n\n").append(b.url);
      app.platform.copy_text(all);
    }
    if (!b.url.empty()) {
      ImGui::SameLine();
      if (ImGui::SmallButton("Copy link")) app.platform.copy_text(b.url);
    }
  }
  ImGui::PopFont();
}

// The open brief's search marks, recomputed when the brief or the reader changes.
const UiState::OpenText& open_text(App& app) {
  UiState::OpenText& t = app.ui.open_text;
  if (t.brief == app.reader.selected && t.revision == app.reader.revision) return t;
  t.brief = app.reader.selected;
  t.revision = app.reader.revision;
  const Query& q = app.reader.parsed_query;
  const Bundle& bundle = app.reader.bundle;
  const Brief& b = bundle.briefs[t.brief];
  t.title = match_ranges(q, b.title, TextField::kTitle);
  MarkedText meta;
  meta.append(b.source, match_ranges(q, b.source, TextField::kSource));
  meta.append(b.dateline, match_ranges(q, b.dateline, TextField::kDateline));
  if (b.day != kUndated) meta.append(format_long_date(b.day), {});
  t.meta = std::move(meta.text);
  t.meta_marks = std::move(meta.marks);
  t.paragraphs.clear();
  for (std::string_view p : bundle.body(b)) t.paragraphs.push_back(match_ranges(q, p, TextField::kBody));
  t.tags.clear();
  for (std::string_view tag : bundle.tags_of(b))
    t.tags.push_back(!match_ranges(q, tag, TextField::kTag).empty());
  return t;
}

}  // namespace

void draw_reading_pane(App& app) {
  touch_scroll();
  const ReaderState& r = app.reader;
  if (r.selected < 0 || r.selected >= static_cast<int32_t>(r.bundle.briefs.size())) {
    if (r.loaded && !r.bundle.briefs.empty()) {
      ImGui::Spacing();
      ImGui::TextDisabled("Select a brief to read it.");
      ImGui::TextDisabled("j / k or the arrow keys move through the list; / searches.");
    }
    return;
  }
  const Bundle& bundle = r.bundle;
  const Brief& b = bundle.briefs[r.selected];
  show_brief(app.reader, static_cast<uint32_t>(r.selected));
  if (b.placeholder) {  // an archive's brief whose shard is on its way
    ImGui::Spacing();
    ImGui::TextDisabled(brief_unavailable(r, static_cast<uint32_t>(r.selected))
                            ? "This brief's part of the archive could not be read (see warnings)."
                            : "Loading this brief from the archive...");
    return;
  }
  if (app.ui.page_reading != 0) {
    const float page = ImGui::GetWindowHeight() * 0.85f;
    ImGui::SetScrollY(ImGui::GetScrollY() + page * static_cast<float>(app.ui.page_reading));
    app.ui.page_reading = 0;
  }
  // A comfortable measure: about 70 characters, centred when the pane is wider.
  ImGui::PushFont(app.ui.fonts.reading);
  const float measure = ImGui::GetFontSize() * 34.0f;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float indent = avail > measure ? (avail - measure) * 0.5f : 0.0f;
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (avail > measure ? measure : avail));

  const UiState::OpenText& marked = open_text(app);
  const ImU32 marks = mark_color(app);
  ImGui::Spacing();
  ImGui::PushFont(app.ui.fonts.title);
  marked_text_wrapped(b.title, marked.title, marks);
  ImGui::PopFont();

  if (!marked.meta.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    marked_text_wrapped(marked.meta, marked.meta_marks, marks);
    ImGui::PopStyleColor();
  }
  draw_brief_actions(app, r.selected);
  ImGui::Separator();
  ImGui::Spacing();

  auto body = bundle.body(b);
  for (size_t i = 0; i < body.size(); ++i) {
    marked_text_wrapped(body[i], marked.paragraphs[i], marks);
    ImGui::Dummy(ImVec2(1, ImGui::GetFontSize() * 0.6f));
  }
  auto tags = bundle.tags_of(b);
  if (!tags.empty()) {
    ImGui::PushFont(app.ui.fonts.small);
    for (size_t i = 0; i < tags.size(); ++i) {
      if (i) ImGui::SameLine();
      ImGui::PushID(static_cast<int>(i));
      const bool hit = marked.tags[i];
      if (hit) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(marks));
      // A tag searches for its briefs.
      if (ImGui::SmallButton(std::string(tags[i]).c_str())) {
        std::string q = "tag:";
        const bool spaced = tags[i].find(' ') != std::string_view::npos;
        if (spaced) q += '"';
        q.append(tags[i]);
        if (spaced) q += '"';
        app.ui.search_text = q;
        set_query(app.reader, q);
        app.ui.reading_open = false;
        app.ui.scroll_to_selection = true;
      }
      if (hit) ImGui::PopStyleColor();
      ImGui::PopID();
    }
    ImGui::PopFont();
  }
  if (!b.url.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, accent_color(app));
    if (ImGui::Button("Open original") && app.platform.open_url) app.platform.open_url(b.url);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%.*s", static_cast<int>(b.url.size()), b.url.data());
  }
  ImGui::PopTextWrapPos();
  if (indent > 0) ImGui::Unindent(indent);
  ImGui::PopFont();
}

}  // namespace br::ui
