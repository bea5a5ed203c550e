// Light and dark colour schemes: quiet greys for chrome, one blue accent for selection and links,
// generous spacing so rows read like a feed reader's rather than a debug tool's.
#include <imgui.h>

#include "ui/app.h"

namespace br::ui {
namespace {

ImVec4 rgb(unsigned hex, float a = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f,
                a);
}

void apply_spacing(ImGuiStyle& s) {
  s.WindowPadding = ImVec2(12, 10);
  s.FramePadding = ImVec2(10, 6);
  s.ItemSpacing = ImVec2(10, 6);
  s.ItemInnerSpacing = ImVec2(6, 4);
  s.ScrollbarSize = 12;
  s.WindowRounding = 0;
  s.ChildRounding = 0;
  s.FrameRounding = 6;
  s.PopupRounding = 6;
  s.ScrollbarRounding = 6;
  s.GrabRounding = 6;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 0;
  s.FrameBorderSize = 1;
  s.SelectableTextAlign = ImVec2(0, 0);
}

}  // namespace

void update_theme(App& app) {
  if (!app.ui.theme_dirty) return;
  app.ui.theme_dirty = false;
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  if (app.ui.dark) {
    ImGui::StyleColorsDark(&s);
  } else {
    ImGui::StyleColorsLight(&s);
  }
  apply_spacing(s);
  ImVec4* c = s.Colors;
  if (app.ui.dark) {
    c[ImGuiCol_Text] = rgb(0xE6E6E3);
    c[ImGuiCol_TextDisabled] = rgb(0x9A9A96);
    c[ImGuiCol_WindowBg] = rgb(0x1B1C1E);
    c[ImGuiCol_ChildBg] = rgb(0x1B1C1E);
    c[ImGuiCol_PopupBg] = rgb(0x25272A);
    c[ImGuiCol_MenuBarBg] = rgb(0x222326);
    c[ImGuiCol_FrameBg] = rgb(0x2A2C30);
    c[ImGuiCol_FrameBgHovered] = rgb(0x33363B);
    c[ImGuiCol_FrameBgActive] = rgb(0x3A3E44);
    c[ImGuiCol_Border] = rgb(0x3A3C40);
    c[ImGuiCol_Header] = rgb(0x2F4B73);
    c[ImGuiCol_HeaderHovered] = rgb(0x2A2D33);
    c[ImGuiCol_HeaderActive] = rgb(0x36577F);
    c[ImGuiCol_Button] = rgb(0x2A2C30);
    c[ImGuiCol_ButtonHovered] = rgb(0x373A40);
    c[ImGuiCol_ButtonActive] = rgb(0x41454C);
    c[ImGuiCol_Separator] = rgb(0x34363A);
    c[ImGuiCol_CheckMark] = rgb(0x7FB0F0);
    c[ImGuiCol_TextSelectedBg] = rgb(0x3D6FB0, 0.6f);
  } else {
    c[ImGuiCol_Text] = rgb(0x1F2328);
    c[ImGuiCol_TextDisabled] = rgb(0x6A6F76);
    c[ImGuiCol_WindowBg] = rgb(0xFBFBF9);
    c[ImGuiCol_ChildBg] = rgb(0xFBFBF9);
    c[ImGuiCol_PopupBg] = rgb(0xFFFFFF);
    c[ImGuiCol_MenuBarBg] = rgb(0xF1F1EE);
    c[ImGuiCol_FrameBg] = rgb(0xFFFFFF);
    c[ImGuiCol_FrameBgHovered] = rgb(0xF4F6F9);
    c[ImGuiCol_FrameBgActive] = rgb(0xEEF2F7);
    c[ImGuiCol_Border] = rgb(0xD5D7DA);
    c[ImGuiCol_Header] = rgb(0xDCE8F8);
    c[ImGuiCol_HeaderHovered] = rgb(0xEEF1F5);
    c[ImGuiCol_HeaderActive] = rgb(0xCFE0F6);
    c[ImGuiCol_Button] = rgb(0xF0F1F3);
    c[ImGuiCol_ButtonHovered] = rgb(0xE4E7EB);
    c[ImGuiCol_ButtonActive] = rgb(0xD8DCE2);
    c[ImGuiCol_Separator] = rgb(0xE1E3E6);
    c[ImGuiCol_CheckMark] = rgb(0x2563B8);
    c[ImGuiCol_TextSelectedBg] = rgb(0x2563B8, 0.25f);
  }
}

}  // namespace br::ui
