// What the benchmark tools share: reading a file into padded bytes, wall and CPU time, and the
// process's peak memory, natively and as wasm under node.
#pragma once

#include <chrono>
#include <cstdio>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <sys/resource.h>
#endif

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

// The process's peak resident set so far, in bytes.
inline double peak_rss_bytes() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_DOUBLE({ return process.resourceUsage().maxRSS * 1024; });
#else
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
#endif
}

// CPU time of the process (user + system), which the other processes on a busy machine do not
// inflate the way they inflate wall-clock times.
inline double cpu_ms() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_DOUBLE({
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  });
#else
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#endif
}

}  // namespace br::bench
