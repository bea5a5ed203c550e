// Merging several loaded bundles into one for `brief-pack a.json b.txt ... -o all.json`.
#pragma once

#include <cstddef>
#include <vector>

#include "bundle.h"

namespace pack {

struct MergeResult {
  br::Bundle bundle;      // owns copies of all its text
  size_t duplicates = 0;  // briefs left out because an earlier one had the same id
};

// All briefs of `inputs`, newest day first and undated last, in input order within a day (the
// order the reader shows them in); of briefs sharing an id, the first in input order is kept.
// The title, description and language are the first non-empty ones, in input order.
MergeResult merge_bundles(const std::vector<const br::Bundle*>& inputs);

}  // namespace pack
