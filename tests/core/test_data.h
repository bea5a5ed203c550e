// The sample files the golden tests compare against. The CMake build compiles them into the
// test executables (so the same tests run as wasm under node, which has no files); a direct
// compiler command may instead define BR_ASSETS_DIR to read them from the assets directory.
#pragma once

#include <string>

namespace br::test {

std::string sample_digest();        // assets/sample-digest.txt
std::string default_bundle_json();  // assets/default-bundle.json

}  // namespace br::test
