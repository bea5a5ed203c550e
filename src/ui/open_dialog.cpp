// The desktop open dialog (see open_dialog.h). Keyboard focus stays in the path field, so the
// reader's single-key shortcuts (which stand down while text is typed) never fire behind the
// modal; ↑/↓ in the field move through the listing, Enter opens what the field names.
#include "ui/open_dialog.h"

#ifdef __EMSCRIPTEN__

namespace br::ui {
// The browser's own file picker serves the web (web/brief-reader-api.js).
void show_open_dialog(App&) {}
void draw_open_dialog(App&) {}
}  // namespace br::ui

#else

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "ui/panels.h"

#include <imgui_stdlib.h>

namespace br::ui {
namespace {
namespace fs = std::filesystem;

constexpr const char* kTitle = "Open a bundle";

std::string home_folder() {
  const char* home = std::getenv("HOME");
  return home ? home : "";
}

std::string entry_path(const OpenDialog& d, int index) {
  const FolderEntry& e = d.listing.entries[index];
  std::string path = resolve_dialog_path(d.listing.folder, e.name);
  if (e.is_folder && path != "/") path += '/';
  return path;
}

void select_entry(OpenDialog& d, int index) {
  d.selected = index;
  d.path_text = entry_path(d, index);
  d.scroll_to_selected = true;
  d.message.clear();
}

// Shows `folder`, selecting the entry named `select` if there is one.
void go_to_folder(OpenDialog& d, const std::string& folder, const std::string& select = {}) {
  d.listing = list_bundle_folder(folder);
  d.selected = -1;
  d.message.clear();
  d.path_text = d.listing.folder == "/" ? "/" : d.listing.folder + '/';
  for (int i = 0; i < static_cast<int>(d.listing.entries.size()); ++i)
    if (!select.empty() && d.listing.entries[i].name == select) select_entry(d, i);
  d.scroll_to_selected = true;
}

// Enter, Open or a double-click: a folder is entered, a file is chosen (returned), anything
// else is explained in the dialog.
std::string activate(OpenDialog& d, const std::string& typed) {
  const std::string path = resolve_dialog_path(d.listing.folder, typed, home_folder());
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) {
    // Going up selects the folder we came from, so ↑/↓ carry on from there.
    const std::string from = fs::path(d.listing.folder).filename().string();
    const bool up = fs::path(d.listing.folder).parent_path() == fs::path(path);
    go_to_folder(d, path, up ? from : std::string());
    return {};
  }
  if (fs::exists(status)) return path;
  d.message = "No such file or folder: " + path;
  return {};
}

// A folder's path is left ready to be continued (cursor at the end); a file's is selected, so
// typing a name replaces it (and resolves against the folder shown).
void place_cursor(ImGuiInputTextCallbackData* data) {
  if (data->BufTextLen > 0 && data->Buf[data->BufTextLen - 1] == '/') {
    data->CursorPos = data->BufTextLen;
    data->ClearSelection();
  } else {
    data->SelectAll();
  }
}

// ↑/↓ in the path field move the selection and put its path in the field.
int path_field_callback(ImGuiInputTextCallbackData* data) {
  auto& d = *static_cast<OpenDialog*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
    if (d.focusing) place_cursor(data);  // the field just took the focus
    d.focusing = false;
    return 0;
  }
  if (data->EventFlag != ImGuiInputTextFlags_CallbackHistory || d.listing.entries.empty()) return 0;
  const int last = static_cast<int>(d.listing.entries.size()) - 1;
  int next = d.selected + (data->EventKey == ImGuiKey_UpArrow ? -1 : +1);
  if (d.selected < 0) next = data->EventKey == ImGuiKey_UpArrow ? last : 0;
  if (next < 0 || next > last) return 0;
  select_entry(d, next);
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, d.path_text.c_str());
  place_cursor(data);
  return 0;
}

void close(OpenDialog& d) {
  d.visible = false;
  ImGui::CloseCurrentPopup();
}

// The folder's entries; returns a file to open when one was double-clicked.
std::string draw_entries(App& app, OpenDialog& d, float height) {
  std::string chosen;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0f);
  ImGui::BeginChild("entries", ImVec2(0, height),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar(2);
  const ImVec4 folder_color = accent_color(app);
  bool listing_changed = false;  // a double-clicked folder was entered: stop drawing the old one
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(d.listing.entries.size()));
  if (d.scroll_to_selected && d.selected >= 0) clipper.IncludeItemByIndex(d.selected);
  while (!listing_changed && clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd && !listing_changed; ++i) {
      const FolderEntry& e = d.listing.entries[i];
      const std::string label = e.name == ".." ? std::string("..  (up)")
                                : e.is_folder  ? e.name + "/"
                                               : e.name;
      ImGui::PushID(i);
      if (e.is_folder) ImGui::PushStyleColor(ImGuiCol_Text, folder_color);
      const bool clicked = ImGui::Selectable(
          label.c_str(), i == d.selected,
          ImGuiSelectableFlags_AllowDoubleClick | ImGuiSelectableFlags_DontClosePopups);
      if (e.is_folder) ImGui::PopStyleColor();
      if (i == d.selected && d.scroll_to_selected) {
        ImGui::SetScrollHereY(0.5f);
        d.scroll_to_selected = false;
      }
      ImGui::PopID();
      if (clicked) {
        select_entry(d, i);
        d.scroll_to_selected = false;
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
          chosen = activate(d, d.path_text);
          listing_changed = chosen.empty();
        }
      }
    }
  }
  clipper.End();
  const auto& entries = d.listing.entries;
  const bool only_parent = entries.empty() || (entries.size() == 1 && entries[0].name == "..");
  if (only_parent && d.listing.error.empty())
    ImGui::TextDisabled("No folders or .json / .txt files here.");
  ImGui::EndChild();
  return chosen;
}

}  // namespace

void show_open_dialog(App& app) {
  OpenDialog& d = app.ui.open_dialog;
  std::error_code ec;
  const fs::path current(app.reader.source_name);
  if (!app.reader.source_name.empty() && fs::is_regular_file(current, ec)) {
    go_to_folder(d, fs::absolute(current, ec).parent_path().string(), current.filename().string());
  } else {
    const fs::path cwd = fs::current_path(ec);
    go_to_folder(d, ec ? std::string("/") : cwd.string());
  }
  d.visible = true;
  d.opening = true;
}

void draw_open_dialog(App& app) {
  OpenDialog& d = app.ui.open_dialog;
  if (!d.visible) return;
  if (d.opening) {
    ImGui::OpenPopup(kTitle);
    d.opening = false;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 size(vp->WorkSize.x < 760 ? vp->WorkSize.x - 20 : 740,
                    vp->WorkSize.y < 600 ? vp->WorkSize.y - 20 : 560);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  ImGui::SetNextWindowPos(
      ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
      ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  bool keep_open = true;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
  const bool shown =
      ImGui::BeginPopupModal(kTitle, &keep_open,
                             ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
  ImGui::PopStyleVar();
  if (!shown) {
    d.visible = false;  // closed by its title bar's button
    return;
  }

  std::string chosen;
  ImGui::SetNextItemWidth(-1);
  if (!ImGui::IsAnyItemActive()) {  // typing always goes to the field
    ImGui::SetWindowFocus();  // back from the listing (a child window), or the focus goes nowhere
    ImGui::SetKeyboardFocusHere();
    d.focusing = true;
  }
  if (ImGui::InputTextWithHint("##path", "Folder or file path", &d.path_text,
                               ImGuiInputTextFlags_EnterReturnsTrue |
                                   ImGuiInputTextFlags_CallbackHistory |
                                   ImGuiInputTextFlags_CallbackAlways,
                               path_field_callback, &d))
    chosen = activate(d, d.path_text);

  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const bool has_note = !d.message.empty() || !d.listing.error.empty();
  const float footer =
      ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y + (has_note ? line : 0.0f);
  if (chosen.empty()) chosen = draw_entries(app, d, -footer);

  if (has_note) {
    ImGui::PushStyleColor(ImGuiCol_Text, error_color(app));
    text(d.message.empty() ? d.listing.error : d.message);
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  if (ImGui::Button("Open") && chosen.empty()) chosen = activate(d, d.path_text);
  ImGui::SameLine();
  bool cancel = ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  ImGui::TextDisabled("Enter or double-click opens  ·  Esc cancels");

  if (!chosen.empty() || cancel) close(d);
  ImGui::EndPopup();
  if (!chosen.empty() && d.open_file) d.open_file(chosen.c_str());
}

}  // namespace br::ui

#endif  // __EMSCRIPTEN__
