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
LoadResult parse_bundle(const PaddedBytes& input);

}  // namespace br
