// brief-pack's inputs: reading a file and loading it as what its name says it is (a plain-text
// digest for .txt, otherwise JSON: a native bundle or a JSON Feed), through the same core
// functions the reader uses.
#pragma once

#include <optional>
#include <string>

#include "parse.h"

namespace pack {

bool is_digest_path(const std::string& path);  // "*.txt"

// The file's bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::string& path);

// Loads `bytes` read from `path`. Digests need `year`; `title` names a digest's bundle and,
// when empty, a title is made up from its briefs ("Iran Focus digest, February 2017").
br::LoadResult load_input(const std::string& path, const std::string& bytes, int year,
                          const std::string& title);

// Prints each diagnostic as "path: error: 3:14: message [brief 2 'id' field date]" (with the
// excerpt on a second line) and a summary line to stderr. Returns the number of errors.
size_t report_diagnostics(const std::string& path, const br::LoadResult& result);

}  // namespace pack
