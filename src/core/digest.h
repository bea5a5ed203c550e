// Plain-text digests (assets/sample-digest.txt) turned into a bundle.
//
// Shape: blocks separated by blank lines. A brief starts with a source line ("Iran Focus"),
// then "Dateline, D Mon - lede..." and further paragraphs. One-line paragraphs after the last
// brief, with no source line before them, are headlines: undated briefs with only a title.
#pragma once

#include <string_view>

#include "parse.h"

namespace br {

// `year` supplies the year the digest's "20 Feb" datelines leave out.
LoadResult parse_digest(std::string_view text, int year, std::string_view bundle_title);

}  // namespace br
