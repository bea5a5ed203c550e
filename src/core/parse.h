// Parsing a bundle from JSON bytes with simdjson On-Demand (error codes, no exceptions).
#pragma once

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

namespace detail {
// The same load, always by the precise path (validation first). For tests: parse_bundle must
// give exactly this result for every input.
LoadResult parse_bundle_validated(const PaddedBytes& input);
}  // namespace detail

}  // namespace br
