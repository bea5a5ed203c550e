// HTML fragments (a JSON Feed item's content_html) turned into the plain paragraphs a brief's
// body holds. Private to src/core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace br::detail {

// Paragraphs of the visible text of `html`, in order:
// - block elements (p, div, h1-h6, li, blockquote, tr, ...) and <br> end a paragraph; list
//   items start with "• "; table cells are separated by a space;
// - script, style, and other elements whose content is not text (svg, video, template, ...)
//   are dropped with their content, as are comments, images and every attribute;
// - runs of white space become one space (inside <pre>, line breaks and spaces stay);
// - character references are decoded (see html_entities.h);
// - empty paragraphs (only spaces or no-break spaces) are left out.
// Never fails: anything that is not well-formed markup is taken as text, the way browsers do.
std::vector<std::string> html_to_paragraphs(std::string_view html);

}  // namespace br::detail
