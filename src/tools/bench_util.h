// What the benchmark tools share: reading a file into padded bytes and timing.
#pragma once

#include <chrono>
#include <cstdio>

#include "padded_bytes.h"

namespace br::bench {

inline double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// The whole file, or empty bytes (ok() false) when it cannot be read.
inline PaddedBytes read_file(const char* path) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return {};
  std::fseek(file, 0, SEEK_END);
  const long size = std::ftell(file);
  std::fseek(file, 0, SEEK_SET);
  PaddedBytes bytes(size < 0 ? 0 : static_cast<size_t>(size));
  const bool complete =
      bytes.ok() && std::fread(bytes.data(), 1, bytes.size(), file) == bytes.size();
  std::fclose(file);
  return complete ? std::move(bytes) : PaddedBytes();
}

}  // namespace br::bench
