// libFuzzer target: parse_digest on arbitrary text (the first byte picks the year, so dates in
// leap and common years are both reached), then the invariants of fuzz_check.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "digest.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int year = 2000 + data[0] % 30;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  fuzz::check_load(br::parse_digest(text, year, "Fuzzed digest"));
  return 0;
}
