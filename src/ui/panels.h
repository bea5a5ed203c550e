// One function per panel, each drawing from App (see imgui_demo.cpp for the shape).
#pragma once

#include <string_view>

#include <imgui.h>

#include "ui/app.h"

namespace br::ui {

void draw_top_bar(App& app);
void draw_load_banner(App& app);    // the latest load's error, if it failed
void draw_brief_list(App& app);     // day groups and their briefs
void draw_reading_pane(App& app);   // the selected brief
void draw_problems_window(App& app);  // every error and warning of the latest load
void draw_help_window(App& app);      // keyboard shortcuts
void draw_timeline(App& app);         // briefs per day/week/month, results overlaid
void draw_query_hint(App& app);       // what the search could not take as written

// Scrolls the current window by a finger's drag on a touch screen (a mouse drag does not scroll).
void touch_scroll();

// Shared drawing helpers.
inline void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }
void text_wrapped(std::string_view s);
ImVec4 accent_color(const App& app);
ImVec4 error_color(const App& app);
ImU32 mark_color(const App& app);  // behind search matches

// Selection moves over the listed briefs (wide layout: the moved-to brief is opened, and so read).
void move_selection(App& app, int step);   // next (+1) / previous (-1) brief
void move_day(App& app, int step);         // first brief of the next / previous day
void move_to_end(App& app, int direction); // first (-1) / last (+1) brief
void jump_to_days(App& app, DayNumber first, DayNumber last);  // newest listed brief in the range

}  // namespace br::ui
