// Fonts for the reader, compiled in from Debian's font packages (fonts-noto-core) by
// cmake/embed.cmake: Noto Sans for Latin, Greek and Cyrillic, with Noto Sans Arabic merged in for
// Arabic-script characters (the sample has one). The atlas is rasterised at the device pixel
// ratio and scaled back by FontGlobalScale, so text stays crisp on high-DPI screens.
#include <imgui.h>

#include "ui/app.h"
#include "ui/fonts.h"

extern "C" {
extern const unsigned char br_font_regular[];
extern const unsigned long br_font_regular_size;
extern const unsigned char br_font_bold[];
extern const unsigned long br_font_bold_size;
extern const unsigned char br_font_arabic[];
extern const unsigned long br_font_arabic_size;
}

namespace br::ui {
namespace {

// Keep in sync with BR_TEXT_UNICODES / BR_ARABIC_UNICODES in CMakeLists.txt (the font subsets).
// Basic Latin .. Latin Extended-B, IPA, spacing modifiers and combining marks, Greek, Cyrillic,
// Latin Extended Additional, general punctuation (“ ” ’ – — …), currency, letterlike symbols,
// arrows.
const ImWchar kTextRanges[] = {
    0x0020, 0x024F, 0x0250, 0x02FF, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x052F,
    0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF,
    0x25A0, 0x25FF, 0,
};
const ImWchar kArabicRanges[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};

ImFont* add_font(const unsigned char* data, unsigned long size, float px, const ImWchar* ranges,
                 bool merge) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // static data, not ImGui's to free
  cfg.MergeMode = merge;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), px, &cfg, ranges);
}

ImFont* add_family(const unsigned char* data, unsigned long size, float px) {
  ImFont* font = add_font(data, size, px, kTextRanges, false);
  add_font(br_font_arabic, br_font_arabic_size, px, kArabicRanges, true);
  return font;
}

}  // namespace

bool update_fonts(App& app) {
  if (!app.ui.fonts_dirty) return false;
  app.ui.fonts_dirty = false;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float scale = app.ui.pixel_ratio * app.ui.text_scale;
  app.ui.fonts.body = add_family(br_font_regular, br_font_regular_size, 16.0f * scale);
  app.ui.fonts.reading = add_family(br_font_regular, br_font_regular_size, 18.0f * scale);
  app.ui.fonts.bold = add_family(br_font_bold, br_font_bold_size, 16.0f * scale);
  app.ui.fonts.title = add_family(br_font_bold, br_font_bold_size, 25.0f * scale);
  app.ui.fonts.small = add_family(br_font_regular, br_font_regular_size, 13.5f * scale);
  io.Fonts->Build();
  io.FontDefault = app.ui.fonts.body;
  io.FontGlobalScale = 1.0f / app.ui.pixel_ratio;
  return true;
}

}  // namespace br::ui
