// The reader's font faces, rebuilt by update_fonts() when the pixel ratio or text zoom changes.
#pragma once

struct ImFont;

namespace br::ui {

struct Fonts {
  ImFont* body = nullptr;     // the UI
  ImFont* reading = nullptr;  // paragraphs in the reading pane, a little larger
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
  ImFont* small = nullptr;
};
}  // namespace br::ui
