// What the UI marks for a query: byte ranges of every match in a piece of a brief's text, and a
// short snippet around a brief's first match in its body, for list rows.
//
// Typical use (ReaderState keeps the parsed query in state.parsed_query):
//   for a list row:    Snippet s = make_snippet(state.parsed_query, state.bundle, brief);
//                      draw s.text, marking s.highlights; mark the title with
//                      match_ranges(state.parsed_query, brief.title, TextField::kTitle)
//   in the reading pane, per paragraph p:
//                      match_ranges(state.parsed_query, p, TextField::kBody)
// Both only tokenize the text given (microseconds for a paragraph); compute them for the rows
// on screen and cache them by state.revision, not every frame.
//
// Ranges are byte offsets into the exact string passed in (or into Snippet::text), always on
// UTF-8 character boundaries, sorted, and merged where they overlap or touch. Only positive
// terms are marked (not -excluded ones), each only in the fields it searches.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "query.h"
#include "text_match.h"

namespace br {

enum class TextField : uint8_t { kTitle, kBody, kSource, kDateline, kTag };

std::vector<ByteRange> match_ranges(const Query& query, std::string_view text, TextField field);

struct Snippet {
  std::string text;                   // about max_bytes, "…" where cut (never inside a word
                                      // unless one word is longer than the snippet)
  std::vector<ByteRange> highlights;  // into text
  int32_t paragraph = -1;             // the paragraph it shows, -1 when the brief has no body
};

// Around the first match in the body; the lede's beginning when the body has no match (the
// brief matched on its title, source or dateline, or the query is empty) — or, when the title
// was made from the lede (Brief::title_derived), where that title stops, so a row never says
// the same words twice.
Snippet make_snippet(const Query& query, const Bundle& bundle, const Brief& brief,
                     size_t max_bytes = 160);

}  // namespace br
