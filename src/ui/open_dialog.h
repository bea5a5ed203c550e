// The desktop's "Open a bundle" dialog, drawn by ImGui in the window: the browser has its own
// file picker, and a native one would mean a toolkit (GTK, a portal) for one button. A modal
// lists a folder's subfolders and *.json / *.txt files (core's list_bundle_folder), with a path
// field to type into; Enter or a double-click opens, Esc cancels. The web build compiles it to
// nothing, so the page carries no file-system code.
#pragma once

#include <functional>
#include <string>

#include "bundle_folder.h"

namespace br::ui {

struct App;

struct OpenDialog {
  bool visible = false;
  bool opening = false;   // open the modal on the next frame
  FolderListing listing;  // the folder shown, or why it could not be read
  std::string path_text;  // the path field: the selected entry's path, or what was typed
  int selected = -1;      // index into listing.entries, -1 for none
  bool scroll_to_selected = false;
  bool focusing = false;  // the path field is being given the keyboard focus
  std::string message;    // why the typed path cannot be opened
  std::function<void(const char* path)> open_file;  // set by the driver: loads the chosen file
};

// Shows the dialog in the folder of the current bundle (its file selected), or else in the
// working directory.
void show_open_dialog(App& app);

// Draws the dialog while it is shown; call once per frame after the reader's window.
void draw_open_dialog(App& app);

}  // namespace br::ui
