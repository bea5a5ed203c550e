// Read and starred marks: what the reader remembers about each brief across reloads.
//
// In memory the marks are one byte per brief, aligned with bundle.briefs, so the list can show
// them and filters can test them without lookups. They are saved and restored by brief id (ids
// survive a bundle being regenerated with more briefs), as a small JSON document; where it is
// stored (browser storage, a file in the config folder) is the platform's business.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"

namespace br {

struct Marks {
  enum : uint8_t { kRead = 1, kStarred = 2 };
  std::vector<uint8_t> flags;  // one per brief

  void reset(size_t brief_count) { flags.assign(brief_count, 0); }
  bool has(uint32_t brief, uint8_t flag) const {
    return brief < flags.size() && (flags[brief] & flag) != 0;
  }
  void set(uint32_t brief, uint8_t flag, bool on) {
    if (brief >= flags.size()) return;
    flags[brief] = static_cast<uint8_t>(on ? flags[brief] | flag : flags[brief] & ~flag);
  }
  size_t count(uint8_t flag) const;
};

// The storage key for a bundle's marks: its title (or, without one, where it came from), so a
// bundle keeps its marks when it is reloaded or regenerated with more briefs.
std::string marks_key(const Bundle& bundle, std::string_view source_name);

// {"version":1,"read":["id",...],"starred":["id",...]}
std::string marks_to_json(const Bundle& bundle, const Marks& marks);

// Restores marks saved by marks_to_json; ids no longer in the bundle are ignored. Returns false
// (and leaves `marks` cleared) when the text is not such a document.
bool marks_from_json(const Bundle& bundle, std::string_view json, Marks& marks);

}  // namespace br
