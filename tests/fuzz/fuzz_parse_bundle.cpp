// libFuzzer target: parse_bundle on arbitrary bytes (native bundles and JSON Feeds alike), then
// the invariants of fuzz_check.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzz::check_load(br::parse_bundle(br::PaddedBytes::copy_of(bytes)));
  return 0;
}
