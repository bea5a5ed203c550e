// Merging bundles: pick the briefs (first of each id wins), order them the way the reader
// groups them, and copy their text into the merged bundle's own arena so it outlives the
// inputs.
#include "pack_merge.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace pack {
namespace {

struct Ref {
  const br::Bundle* bundle;
  const br::Brief* brief;
};

void copy_brief(br::Bundle& into, const br::Bundle& from, const br::Brief& b) {
  br::TextArena& text = into.text;
  br::Brief copy = b;
  copy.id = text.store(b.id);
  copy.source = text.store(b.source);
  copy.dateline = text.store(b.dateline);
  copy.title = text.store(b.title);
  copy.url = text.store(b.url);
  copy.date_text = text.store(b.date_text);
  copy.first_paragraph = static_cast<uint32_t>(into.paragraphs.size());
  for (std::string_view p : from.body(b)) into.paragraphs.push_back(text.store(p));
  copy.first_tag = static_cast<uint32_t>(into.tags.size());
  for (std::string_view t : from.tags_of(b)) into.tags.push_back(text.store(t));
  into.briefs.push_back(copy);
}

}  // namespace

MergeResult merge_bundles(const std::vector<const br::Bundle*>& inputs) {
  MergeResult result;
  br::Bundle& out = result.bundle;
  std::vector<Ref> refs;
  std::unordered_set<std::string_view> ids;
  for (const br::Bundle* in : inputs) {
    if (out.title.empty()) out.title = out.text.store(in->title);
    if (out.description.empty()) out.description = out.text.store(in->description);
    if (out.language.empty()) out.language = out.text.store(in->language);
    for (const br::Brief& b : in->briefs) {
      if (ids.insert(b.id).second) {
        refs.push_back({in, &b});
      } else {
        ++result.duplicates;
      }
    }
  }
  // kUndated is the smallest day, so "newest first" puts undated briefs last.
  std::stable_sort(refs.begin(), refs.end(),
                   [](const Ref& x, const Ref& y) { return x.brief->day > y.brief->day; });
  out.briefs.reserve(refs.size());
  for (const Ref& r : refs) copy_brief(out, *r.bundle, *r.brief);
  return result;
}

}  // namespace pack
