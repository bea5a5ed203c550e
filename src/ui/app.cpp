// The reader's frame: one full-window ImGui window holding the top bar, the load banner and
// either two panes side by side (list | reading pane) or, on a narrow screen, one at a time.
// Keyboard shortcuts live here too, so they behave the same on the web and the desktop.
#include <imgui.h>

#include "padded_bytes.h"
#include "parse.h"
#include "ui/panels.h"

extern "C" {
extern const unsigned char br_default_bundle[];
extern const unsigned long br_default_bundle_size;
}

namespace br::ui {
namespace {

constexpr float kNarrowWidth = 720.0f;

void handle_keys(App& app) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) {
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) app.ui.focus_search = true;
    return;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_J) || ImGui::IsKeyPressed(ImGuiKey_DownArrow)) move_selection(app, +1);
  if (ImGui::IsKeyPressed(ImGuiKey_K) || ImGui::IsKeyPressed(ImGuiKey_UpArrow)) move_selection(app, -1);
  if (ImGui::IsKeyPressed(ImGuiKey_Slash, false)) app.ui.focus_search = true;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    if (app.ui.show_problems) {
      app.ui.show_problems = false;
    } else if (app.ui.narrow && app.reader.selected >= 0) {
      select_index(app.reader, -1);
    } else if (!app.reader.query.empty()) {
      app.ui.search_text.clear();
      set_query(app.reader, "");
    }
  }
}

}  // namespace

void load_default_bundle(App& app) {
  const std::string_view bytes(reinterpret_cast<const char*>(br_default_bundle), br_default_bundle_size);
  apply_load(app.reader, parse_bundle(PaddedBytes::copy_of(bytes)), "the default bundle");
}

void draw_app(App& app) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  app.ui.narrow = vp->WorkSize.x < kNarrowWidth;
  if (app.ui.search_text != app.reader.query && !ImGui::IsAnyItemActive())
    app.ui.search_text = app.reader.query;  // the query was set from outside (API, deep link)
  handle_keys(app);

  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags frame_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Brief Reader", nullptr, frame_flags);
  draw_top_bar(app);
  ImGui::Separator();
  draw_load_banner(app);

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool reading = app.reader.selected >= 0;
  if (app.ui.narrow) {
    if (reading) {
      if (ImGui::Button("< Back")) select_index(app.reader, -1);
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
}

}  // namespace br::ui
