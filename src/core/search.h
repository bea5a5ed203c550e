// Matching briefs against a query. For now: every whitespace-separated word of the query must
// occur (case-insensitively for ASCII) in the brief's title, source, dateline or body.
#pragma once

#include <string_view>

#include "bundle.h"

namespace br {

bool brief_matches(const Bundle& bundle, const Brief& brief, std::string_view query);

}  // namespace br
