// The `?` overlay: every keyboard shortcut, the query language in short, and how to open bundles.
#include <algorithm>
#include <span>

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
    {"b", "search results: best match first / by day"},
    {"Ctrl +  /  Ctrl -  /  Ctrl 0", "larger / smaller / normal text"},
    {"?", "this help"},
};

// The query language (docs/search.md), short.
constexpr Shortcut kQuerySyntax[] = {
    {"storm wind", "briefs with both words"},
    {"\"exact phrase\"", "the words in this order"},
    {"-word  -\"a phrase\"", "leave these out"},
    {"gas OR oil", "either"},
    {"prot*", "words starting with prot"},
    {"source:  dateline:  title:  tag:", "search one field: dateline:cairo"},
    {"on:2017-02-20  2017-02", "one day, one month"},
    {"after:  before:  2017-02-10..2017-02-15", "dates from, to, between"},
    {"is:starred  is:unread", "by your marks"},
};

// Two columns: what to type (bold), what it does, each wrapped within its column. Laid out by
// hand rather than as an ImGui table: the table code is ~23 KB of wasm the page uses nowhere else.
void draw_pairs(App& app, std::span<const Shortcut> rows) {
  ImGui::PushFont(app.ui.fonts.bold);
  float keys_w = 0;
  for (const Shortcut& s : rows) keys_w = std::max(keys_w, ImGui::CalcTextSize(s.keys).x);
  ImGui::PopFont();
  const float left = ImGui::GetCursorPosX();
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  keys_w = std::min(keys_w, ImGui::GetContentRegionAvail().x * 0.5f);
  for (const Shortcut& s : rows) {
    ImGui::PushFont(app.ui.fonts.bold);
    ImGui::PushTextWrapPos(left + keys_w);
    ImGui::TextUnformatted(s.keys);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SameLine(left + keys_w + gap);
    ImGui::PushTextWrapPos(0.0f);  // the window's edge
    ImGui::TextUnformatted(s.what);
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

void draw_help_window(App& app) {
  if (!app.ui.show_help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = vp->WorkSize.x < 560 ? vp->WorkSize.x - 20 : 540;
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  // Taller than the window (a phone held sideways): it scrolls.
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, vp->WorkSize.y - 80));
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + 60),
                          ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  if (ImGui::Begin("Keys and search", &app.ui.show_help,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
    draw_pairs(app, kShortcuts);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushFont(app.ui.fonts.bold);
    ImGui::TextUnformatted("Search");
    ImGui::PopFont();
    draw_pairs(app, kQuerySyntax);
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "Accents, case and curly quotes don't matter: gerard finds Gérard. Anything the search "
        "can't read is taken literally, with a note under the search field. Open another bundle "
        "with the Open button or by dropping a .json file on the window.");
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace br::ui
