// The sample files the golden tests compare against, and the format's docs. The CMake build
// compiles them into the test executables (so the same tests run as wasm under node, which has
// no files); a direct compiler command may instead define BR_ASSETS_DIR to read them from the
// assets directory.
#pragma once

#include <string>

namespace br::test {

std::string sample_digest();        // assets/sample-digest.txt
std::string default_bundle_json();  // assets/default-bundle.json
std::string bundle_schema_json();   // docs/bundle.schema.json
std::string bundle_format_md();     // docs/bundle-format.md

}  // namespace br::test
