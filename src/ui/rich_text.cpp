// Marked text: highlight rectangles are laid down first, then the text over them, so a mark
// never hides a glyph. Widths come from the font's own advances, the same ones ImGui draws with.
#include "ui/rich_text.h"

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>

namespace br::ui {
namespace {

float width_of(ImFont* font, float size, const char* begin, const char* end) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x;
}

// Marks of text[line_begin, line_end) drawn on the line at `pos`, clipped to [pos.x, max_x].
void draw_marks(ImDrawList* dl, ImVec2 pos, float max_x, std::string_view text, size_t line_begin,
                size_t line_end, std::span<const ByteRange> marks, ImU32 color) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const char* base = text.data();
  for (const ByteRange& m : marks) {
    if (m.end <= line_begin || m.begin >= line_end) continue;
    const size_t b = std::max<size_t>(m.begin, line_begin), e = std::min<size_t>(m.end, line_end);
    const float x0 = pos.x + width_of(font, size, base + line_begin, base + b);
    const float x1 = std::min(max_x, x0 + width_of(font, size, base + b, base + e));
    if (x1 <= x0) continue;
    dl->AddRectFilled(ImVec2(x0 - 1.0f, pos.y), ImVec2(x1 + 1.0f, pos.y + size), color, 2.0f);
  }
}

// Where the line after a wrap starts: blanks skipped, and one newline.
size_t next_line_start(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at < text.size() && text[at] == '\n') ++at;
  return at;
}

}  // namespace

void MarkedText::append(std::string_view piece, std::span<const ByteRange> piece_marks,
                        std::string_view separator) {
  if (piece.empty()) return;
  if (!text.empty()) text.append(separator);
  const auto shift = static_cast<uint32_t>(text.size());
  text.append(piece);
  for (const ByteRange& m : piece_marks) marks.push_back({m.begin + shift, m.end + shift});
}

void marked_line(ImDrawList* dl, ImVec2 pos, float max_x, std::string_view text,
                 std::span<const ByteRange> marks, ImU32 mark_color) {
  if (text.empty() || max_x <= pos.x) return;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const char* end = text.data() + text.size();
  const float full = width_of(font, size, text.data(), end);
  if (!marks.empty()) {
    // When the text is cut, marks stop where the ellipsis begins.
    const float limit = pos.x + full <= max_x ? max_x : max_x - width_of(font, size, "…", nullptr);
    draw_marks(dl, pos, limit, text, 0, text.size(), marks, mark_color);
  }
  const ImVec2 text_size(full, size);
  ImGui::RenderTextEllipsis(dl, pos, ImVec2(max_x, pos.y + size), max_x, max_x, text.data(), end,
                            &text_size);
}

void marked_text_wrapped(std::string_view text, std::span<const ByteRange> marks,
                         ImU32 mark_color) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const ImVec2 pos = window->DC.CursorPos;
  const float wrap_width = ImGui::CalcWrapWidthForPos(pos, window->DC.TextWrapPos);
  ImDrawList* dl = window->DrawList;
  const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
  const float clip_top = window->ClipRect.Min.y, clip_bottom = window->ClipRect.Max.y;

  float y = pos.y, widest = 0.0f;
  size_t at = 0;
  do {
    // One visual line: up to a newline, wrapped at the measure.
    size_t hard_end = text.find('\n', at);
    if (hard_end == std::string_view::npos) hard_end = text.size();
    const char* line = text.data() + at;
    const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, line,
                                                   text.data() + hard_end, wrap_width);
    if (wrap == line && at < hard_end) wrap = line + 1;  // a glyph wider than the measure
    while (wrap < text.data() + hard_end && (static_cast<unsigned char>(*wrap) & 0xC0) == 0x80)
      ++wrap;  // never split a UTF-8 sequence
    const size_t line_end = static_cast<size_t>(wrap - text.data());
    const float line_w = width_of(font, size, line, wrap);
    widest = std::max(widest, line_w);
    if (y + size >= clip_top && y <= clip_bottom) {
      draw_marks(dl, ImVec2(pos.x, y), pos.x + line_w, text, at, line_end, marks, mark_color);
      dl->AddText(font, size, ImVec2(pos.x, y), text_color, line, wrap);
    }
    y += size;
    at = next_line_start(text, line_end);
  } while (at < text.size());

  const ImVec2 block(widest, y - pos.y);
  ImGui::ItemSize(block);
  ImGui::ItemAdd(ImRect(pos, ImVec2(pos.x + block.x, pos.y + block.y)), 0);
}

}  // namespace br::ui
