// Keyboard shortcuts (see help.cpp for the list shown to users).
#pragma once

#include "ui/app.h"

namespace br::ui {

void handle_keys(App& app);

}  // namespace br::ui
