// Where the test samples come from. The CMake build always links them in (tests/core/
// CMakeLists.txt embeds the files with cmake/embed.cmake as C arrays plus sizes), which is what
// makes the same tests run under node, where there is no file system. A direct compiler command
// that defines BR_ASSETS_DIR (a string literal path) reads the files with plain fopen instead.
#include "test_data.h"

#if defined(BR_ASSETS_DIR) && !defined(BR_HAVE_EMBEDDED_SAMPLES)
#include <cstdio>

namespace br::test {
namespace {

// The file's bytes, or "" when it cannot be read (the tests then fail on their expectations).
std::string read_asset(const char* name) {
  const std::string path = std::string(BR_ASSETS_DIR) + "/" + name;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return {};
  std::string bytes;
  char buffer[64 * 1024];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  std::fclose(file);
  return bytes;
}

}  // namespace

std::string sample_digest() {
  return read_asset("sample-digest.txt");
}
std::string default_bundle_json() {
  return read_asset("default-bundle.json");
}
std::string bundle_schema_json() {
  return read_asset("../docs/bundle.schema.json");
}
std::string bundle_format_md() {
  return read_asset("../docs/bundle-format.md");
}

}  // namespace br::test

#else
// Generated C sources (cmake/embed_file.cmake): `const unsigned char symbol[]` and its size.
extern "C" {
extern const unsigned char br_sample_digest[];
extern const unsigned long br_sample_digest_size;
extern const unsigned char br_default_bundle_json[];
extern const unsigned long br_default_bundle_json_size;
extern const unsigned char br_bundle_schema_json[];
extern const unsigned long br_bundle_schema_json_size;
extern const unsigned char br_bundle_format_md[];
extern const unsigned long br_bundle_format_md_size;
}

namespace br::test {

std::string sample_digest() {
  return std::string(reinterpret_cast<const char*>(br_sample_digest), br_sample_digest_size);
}
std::string default_bundle_json() {
  return std::string(reinterpret_cast<const char*>(br_default_bundle_json),
                     br_default_bundle_json_size);
}
std::string bundle_schema_json() {
  return std::string(reinterpret_cast<const char*>(br_bundle_schema_json),
                     br_bundle_schema_json_size);
}
std::string bundle_format_md() {
  return std::string(reinterpret_cast<const char*>(br_bundle_format_md), br_bundle_format_md_size);
}

}  // namespace br::test
#endif
