// The bundle model's few operations: the text arena that owns every string of a bundle, lookup
// by id, and the derived titles and ids for briefs whose input leaves them out.
#include "bundle.h"

#include <cstring>
#include <new>
#include <string>

#include "date.h"
#include "text_util.h"

namespace br {
namespace {

constexpr size_t kBlockSize = 64 * 1024;
constexpr size_t kMaxTitleWords = 10;

bool is_dash_word(std::string_view w) {
  return w == "-" || w == "–" || w == "—";
}

}  // namespace

std::string_view TextArena::store(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > room_) {
    // Big strings get a block of their own, so the current block keeps serving small ones.
    const bool dedicated = text.size() > kBlockSize / 2;
    const size_t size = dedicated ? text.size() : kBlockSize;
    std::unique_ptr<char[]> block(new (std::nothrow) char[size]);
    if (!block) return {};
    char* start = block.get();
    blocks_.push_back(std::move(block));
    bytes_reserved_ += size;
    if (dedicated) {
      bytes_used_ += text.size();
      std::memcpy(start, text.data(), text.size());
      return {start, text.size()};
    }
    cursor_ = start;
    room_ = size;
  }
  char* out = cursor_;
  std::memcpy(out, text.data(), text.size());
  cursor_ += text.size();
  room_ -= text.size();
  bytes_used_ += text.size();
  return {out, text.size()};
}

int32_t Bundle::find(std::string_view id) const {
  for (size_t i = 0; i < briefs.size(); ++i)
    if (briefs[i].id == id) return static_cast<int32_t>(i);
  return -1;
}

std::string_view derive_title(std::string_view lede, size_t max_bytes, TextArena& arena) {
  // Words split on ASCII whitespace; runs of it become one space.
  std::string title;
  size_t words = 0;
  bool cut = false;
  size_t i = 0;
  while (i < lede.size()) {
    while (i < lede.size() && detail::is_ascii_space(lede[i])) ++i;
    const size_t start = i;
    while (i < lede.size() && !detail::is_ascii_space(lede[i])) ++i;
    if (start == i) break;
    const std::string_view word = lede.substr(start, i - start);
    const size_t needed = title.size() + (title.empty() ? 0 : 1) + word.size();
    if (words == kMaxTitleWords || needed > max_bytes) {
      if (title.empty()) title = detail::utf8_prefix(word, max_bytes);  // one giant "word"
      cut = true;
      break;
    }
    if (!title.empty()) title += ' ';
    title += word;
    ++words;
  }
  if (cut) {
    // "…in Khuzestan –…" and "…and Iran,…" read badly: drop a dangling dash or comma.
    const size_t last_space = title.rfind(' ');
    if (last_space != std::string::npos &&
        is_dash_word(std::string_view(title).substr(last_space + 1)))
      title.resize(last_space);
    while (!title.empty() && (title.back() == ',' || title.back() == ';' || title.back() == ':'))
      title.pop_back();
    title += "…";
  }
  return arena.store(title);
}

std::string_view derive_id(const Bundle& bundle, const Brief& brief, TextArena& arena) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a 64
  auto mix = [&hash](std::string_view part) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xFF;  // field separator: ("ab","c") and ("a","bc") hash differently
    hash *= 1099511628211ull;
  };
  mix(format_iso_date(brief.day));
  mix(brief.source);
  mix(brief.dateline);
  mix(brief.title);
  mix(brief.paragraph_count > 0 && brief.first_paragraph < bundle.paragraphs.size()
          ? bundle.paragraphs[brief.first_paragraph]
          : std::string_view());
  hash ^= hash >> 48;  // fold the high bits into the 48 we keep
  static constexpr char kHex[] = "0123456789abcdef";
  char id[2 + 12] = {'b', '-'};
  for (int k = 0; k < 12; ++k) id[2 + k] = kHex[(hash >> (44 - 4 * k)) & 0xF];
  return arena.store(std::string_view(id, sizeof id));
}

}  // namespace br
