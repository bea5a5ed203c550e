// Parsing a bundle from JSON bytes with simdjson On-Demand (error codes, no exceptions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "diagnostic.h"
#include "padded_bytes.h"

namespace br {

struct LoadResult {
  Bundle bundle;
  std::vector<Diagnostic> diagnostics;  // in input order
  // False when the input could not be read as a bundle at all (then bundle is empty and the
  // diagnostics hold one error saying why). Briefs dropped for their own faults are warnings.
  bool ok = false;
};

// Parses the native bundle format (docs/bundle-format.md). Never throws, never aborts: every
// problem becomes a Diagnostic. Valid briefs are kept even when others are dropped.
// Given the bytes to keep, the bundle holds them (Bundle::source) and its strings point into
// them wherever the JSON has no escapes: no copy of the text, and the file is the only big
// allocation. Otherwise every string is copied into the bundle's arena.
LoadResult parse_bundle(PaddedBytes&& input);
LoadResult parse_bundle(const PaddedBytes& input);

// Parses a generated bundle of about `bytes` once and drops it, so the parser's code is hot
// before a large bundle arrives. Under V8 a wasm function runs baseline code until it has run
// for a while, and gets optimized code only when entered again: a 100 MB bundle parsed as the
// first one would be scanned by baseline code throughout (about 2x slower). The page calls this
// once after its first frame; the parse benchmark does the same before its first parse.
void warm_up_parser(size_t bytes = 512 * 1024);

namespace detail {
// The same load, always by the precise path (validation first). For tests: parse_bundle must
// give exactly this result for every input.
LoadResult parse_bundle_validated(const PaddedBytes& input);
// The generated bundle warm_up_parser parses: valid, about `bytes` long.
std::string warm_up_json(size_t bytes);
}  // namespace detail

}  // namespace br
