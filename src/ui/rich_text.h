// Text with search matches marked: a highlight behind every byte range highlight.h returned.
// Both draw with the current ImGui font and text colour.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "text_match.h"

namespace br::ui {

// A line put together from pieces ("source · dateline"), each piece's marks moved with it.
struct MarkedText {
  std::string text;
  std::vector<ByteRange> marks;
  // Appends `piece` (after `separator` unless the text is still empty); empty pieces are skipped.
  void append(std::string_view piece, std::span<const ByteRange> piece_marks,
              std::string_view separator = " · ");
};

// One line at `pos`, cut with "…" where it would pass max_x; marks past the cut are dropped.
void marked_line(ImDrawList* dl, ImVec2 pos, float max_x, std::string_view text,
                 std::span<const ByteRange> marks, ImU32 mark_color);

// A paragraph wrapped at the current text wrap position (ImGui::PushTextWrapPos), laid out like
// ImGui::TextWrapped and taking its space in the window. Only visible lines are drawn.
void marked_text_wrapped(std::string_view text, std::span<const ByteRange> marks,
                         ImU32 mark_color);

}  // namespace br::ui
