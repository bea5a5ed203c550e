// libFuzzer target: parse_bundle on arbitrary bytes (native bundles and JSON Feeds alike), then
// the invariants of fuzz_check.h, and that the one-pass load says exactly what the precise path
// (validation first) says.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const br::PaddedBytes input = br::PaddedBytes::copy_of(bytes);
  const br::LoadResult loaded = br::parse_bundle(br::PaddedBytes::copy_of(bytes));
  fuzz::check_load(loaded);
  fuzz::check_same_load(loaded, br::detail::parse_bundle_validated(input));
  return 0;
}
