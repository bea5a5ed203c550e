// What every load must guarantee, whatever the input, checked after each fuzz input: a failed
// load is one error and an empty bundle; a successful one has no errors, unique non-empty ids,
// a title on every brief, slices in range; and writing it out and loading that again gives the
// same bundle without a single warning (the writer and the parser agree).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "bundle_json.h"
#include "parse.h"

namespace fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.c_str());
  std::abort();
}

inline void check_load(const br::LoadResult& r) {
  if (!r.ok) {
    if (r.diagnostics.size() != 1 || !r.diagnostics[0].is_error())
      fail("a failed load has one error");
    if (!r.bundle.briefs.empty()) fail("a failed load has no briefs");
    return;
  }
  std::unordered_set<std::string_view> ids;
  for (const br::Diagnostic& d : r.diagnostics)
    if (d.is_error()) fail("a successful load has only warnings", d.message);
  for (const br::Brief& b : r.bundle.briefs) {
    if (b.id.empty() || !ids.insert(b.id).second)
      fail("ids are unique and not empty", std::string(b.id));
    if (b.title.empty()) fail("every brief has a title");
    if (size_t{b.first_paragraph} + b.paragraph_count > r.bundle.paragraphs.size() ||
        size_t{b.first_tag} + b.tag_count > r.bundle.tags.size())
      fail("paragraph and tag slices are in range");
  }
  const std::string json = br::write_bundle_json(r.bundle);
  const br::LoadResult again = br::parse_bundle(br::PaddedBytes::copy_of(json));
  if (!again.ok || !again.diagnostics.empty())
    fail("a written bundle loads without warnings",
         json + "\n" + (again.diagnostics.empty() ? "" : again.diagnostics[0].message));
  const std::string json_again = br::write_bundle_json(again.bundle);
  if (json_again != json) fail("write(load(write(b))) == write(b)", json + "\n---\n" + json_again);
}

// The same result, field by field: what the reader shows must not depend on the path taken.
inline void check_same_load(const br::LoadResult& a, const br::LoadResult& b) {
  if (a.ok != b.ok || a.diagnostics.size() != b.diagnostics.size())
    fail("the one-pass and the precise load agree",
         a.diagnostics.empty() ? "" : a.diagnostics[0].message);
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    const br::Diagnostic& x = a.diagnostics[i];
    const br::Diagnostic& y = b.diagnostics[i];
    if (x.level != y.level || x.message != y.message || x.line != y.line || x.column != y.column ||
        x.excerpt != y.excerpt || x.field != y.field || x.brief_index != y.brief_index ||
        x.brief_id != y.brief_id)
      fail("the one-pass and the precise load give the same diagnostics",
           x.message + "\n" + y.message);
  }
  if (br::write_bundle_json(a.bundle) != br::write_bundle_json(b.bundle))
    fail("the one-pass and the precise load give the same bundle");
}

}  // namespace fuzz
