// Writing and reading archives (archive.h). Binary files are little-endian varints; each begins
// with a four-byte tag and its document count so a file from another archive is refused.
//   docs.bin:   "BRD1", the archive's id (8 bytes, the manifest's "id"), doc count, average
//               length (in thousandths), then per document source_end, dateline_end,
//               title_end, length
//   tNNNNN.bin: "BRT1", the archive's id, doc count, term count, then per term: key length and
//               bytes, df, whether it has positions; then per term its doc ids as deltas, its
//               meta bytes, and (with positions) its skip entries and its position bytes
// Readers check everything they use: a damaged file is refused, never read past its end.
#include "archive.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "bundle_json.h"
#include "date.h"

namespace br {
namespace {

// --- varints ---

void put(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  bool ok() const { return ok_; }
  bool at_end() const { return p_ == end_; }
  uint64_t get() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) break;
      const auto byte = static_cast<uint8_t>(*p_++);
      v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  uint32_t get32() {
    const uint64_t v = get();
    if (v > UINT32_MAX) ok_ = false;
    return static_cast<uint32_t>(v);
  }
  std::string_view bytes(uint64_t n) {
    if (n > static_cast<uint64_t>(end_ - p_)) {
      ok_ = false;
      return {};
    }
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

// Whether a term's position bytes hold exactly `postings` postings (each a run of varints whose
// last has the low bit of its value set) and each skip entry is where posting 16k starts, so
// decoding them (search_index.cpp) never reads past them.
bool positions_fit(std::string_view pos, uint32_t postings, const std::vector<uint32_t>& skip) {
  uint32_t posting = 0;
  bool starts_posting = true;
  size_t i = 0;
  while (i < pos.size()) {
    if (posting == postings) return false;  // bytes left over
    if (starts_posting && posting % 16 == 0 && skip[posting / 16] != i) return false;
    const bool last = (static_cast<uint8_t>(pos[i]) & 1) != 0;
    while (i < pos.size() && (static_cast<uint8_t>(pos[i]) & 0x80)) ++i;
    if (i == pos.size()) return false;  // a varint cut short
    ++i;
    starts_posting = last;
    if (last && ++posting > postings) return false;
  }
  return posting == postings && starts_posting;
}

uint64_t fnv1a(uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<uint8_t>(c)) * 0x100000001b3ull;
  return h;
}

// A binary file with the archive's id after its four-byte tag.
std::string with_id(std::string file, uint64_t id) {
  std::string raw(8, '\0');
  for (int i = 0; i < 8; ++i) raw[i] = static_cast<char>(id >> (8 * i));
  return file.insert(4, raw);
}

std::string hex_id(uint64_t id) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(id));
  return text;
}

std::string shard_name(size_t i) {
  char name[32];
  std::snprintf(name, sizeof name, "shards/%05zu.json", i);
  return name;
}

std::string piece_name(size_t i) {
  char name[32];
  std::snprintf(name, sizeof name, "index/t%05zu.bin", i);
  return name;
}

// Brief b of `from`, its paragraphs and tags appended to the arrays of `into` (text stays where
// it is: the views are copied).
Brief with_parts_in(Bundle& into, const Bundle& from, Brief b) {
  const auto body = from.body(b);
  const auto tags = from.tags_of(b);
  b.first_paragraph = static_cast<uint32_t>(into.paragraphs.size());
  b.first_tag = static_cast<uint32_t>(into.tags.size());
  into.paragraphs.insert(into.paragraphs.end(), body.begin(), body.end());
  into.tags.insert(into.tags.end(), tags.begin(), tags.end());
  return b;
}

// A bundle of documents [first, first + count) of the source, as views into it.
Bundle shard_of(const Bundle& bundle, const SearchIndex& index, uint32_t first, uint32_t count) {
  Bundle shard;
  shard.title = bundle.title;
  shard.language = bundle.language;
  shard.generated_at = bundle.generated_at;
  shard.briefs.reserve(count);
  for (uint32_t doc = first; doc < first + count; ++doc)
    shard.briefs.push_back(with_parts_in(shard, bundle, bundle.briefs[index.brief_of(doc)]));
  return shard;
}

std::string manifest_json(const Bundle& bundle, const ArchiveManifest& m) {
  std::string out = "{\n  \"format\": \"brief-archive\",\n  \"version\": 1,\n  \"id\": \"" +
                    m.id + "\",\n";
  auto member = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += "  " + json_quote(key) + ": " + json_quote(value) + ",\n";
  };
  member("title", bundle.title);
  member("description", bundle.description);
  member("language", bundle.language);
  member("generated_at", bundle.generated_at);
  out += "  \"briefCount\": " + std::to_string(m.brief_count) + ",\n  \"days\": [";
  for (size_t i = 0; i < m.days.size(); ++i) {
    out += i % 4 == 0 ? "\n    " : " ";
    out += "[";
    out += m.days[i].day == kUndated ? "null" : json_quote(format_iso_date(m.days[i].day));
    out += ", " + std::to_string(m.days[i].count) + "]";
    if (i + 1 < m.days.size()) out += ",";
  }
  out += "\n  ],\n  \"shards\": [";
  for (size_t i = 0; i < m.shards.size(); ++i) {
    out += "\n    {\"file\": " + json_quote(m.shards[i].file) +
           ", \"briefs\": " + std::to_string(m.shards[i].count) +
           ", \"bytes\": " + std::to_string(m.shards[i].bytes) + "}";
    if (i + 1 < m.shards.size()) out += ",";
  }
  out += "\n  ],\n  \"docs\": {\"file\": " + json_quote(m.docs_file) +
         ", \"bytes\": " + std::to_string(m.docs_bytes) + "},\n  \"index\": [";
  for (size_t i = 0; i < m.pieces.size(); ++i) {
    out += "\n    {\"file\": " + json_quote(m.pieces[i].file) +
           ", \"first\": " + json_quote(m.pieces[i].first_term) +
           ", \"bytes\": " + std::to_string(m.pieces[i].bytes) + "}";
    if (i + 1 < m.pieces.size()) out += ",";
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace

// --- writing ---

std::string ArchiveIndex::encode_docs(const SearchIndex& index) {
  std::string out = "BRD1";
  put(out, index.doc_count());
  put(out, static_cast<uint64_t>(std::llround(index.average_length() * 1000)));
  for (uint32_t doc = 0; doc < index.doc_count(); ++doc) {
    const DocBounds& b = index.bounds(doc);
    put(out, b.source_end);
    put(out, b.dateline_end);
    put(out, b.title_end);
    put(out, index.length(doc));
  }
  return out;
}

std::string ArchiveIndex::encode_piece(const SearchIndex& index, uint32_t first, uint32_t end) {
  std::string out = "BRT1";
  put(out, index.doc_count());
  put(out, end - first);
  for (uint32_t t = first; t < end; ++t) {
    const std::string_view key = index.term(t);
    put(out, key.size());
    out += key;
    put(out, index.df(t));
    put(out, index.has_positions(t) ? 1 : 0);
  }
  for (uint32_t t = first; t < end; ++t) {
    uint32_t last = 0;
    for (uint32_t doc : index.docs(t)) {
      put(out, doc - last);
      last = doc;
    }
    const auto meta = index.meta(t);
    out.append(reinterpret_cast<const char*>(meta.data()), meta.size());
    if (!index.has_positions(t)) continue;
    // Skip entries are byte offsets into positions_ of postings 0, 16, 32...; the term's bytes
    // run from its first skip to the next positioned term's first skip (or the end).
    const uint32_t skips = (index.df(t) + 15) / 16;
    const uint32_t* skip = index.skips_.data() + index.skip_offsets_[t];
    const uint32_t begin = skip[0];
    uint32_t stop = static_cast<uint32_t>(index.positions_.size());
    for (uint32_t u = t + 1; u < index.term_count(); ++u)
      if (index.has_positions(u)) {
        stop = index.skips_[index.skip_offsets_[u]];
        break;
      }
    put(out, skips);
    for (uint32_t k = 0; k < skips; ++k) put(out, skip[k] - begin);
    put(out, stop - begin);
    out.append(reinterpret_cast<const char*>(index.positions_.data()) + begin, stop - begin);
  }
  return out;
}

std::vector<ArchiveFile> write_archive(const Bundle& bundle, const SearchIndex& index,
                                       const ArchiveOptions& options) {
  ArchiveManifest m;
  m.brief_count = index.doc_count();
  for (uint32_t doc = 0; doc < index.doc_count(); ++doc) {
    if (m.days.empty() || m.days.back().day != index.day_of(doc))
      m.days.push_back({index.day_of(doc), 0});
    ++m.days.back().count;
  }
  std::vector<ArchiveFile> files(1);
  files[0].path = "manifest.json";

  // Shards: whole days, closed once they reach shard_briefs (undated briefs are one "day").
  uint32_t doc = 0;
  for (size_t d = 0; d < m.days.size();) {
    ArchiveShard s;
    s.first_doc = doc;
    while (d < m.days.size() && (s.count == 0 || s.count + m.days[d].count <= options.shard_briefs))
      s.count += m.days[d++].count;
    doc += s.count;
    s.file = shard_name(m.shards.size());
    std::string json = write_bundle_json(shard_of(bundle, index, s.first_doc, s.count));
    s.bytes = json.size();
    files.push_back({s.file, std::move(json)});
    m.shards.push_back(std::move(s));
  }

  // The id ties the binary files to this archive: a hash of the documents and the dictionary.
  std::string docs = ArchiveIndex::encode_docs(index);
  uint64_t id = fnv1a(0xcbf29ce484222325ull, docs);
  for (uint32_t t = 0; t < index.term_count(); ++t) id = fnv1a(id, index.term(t));
  m.id = hex_id(id);
  m.docs_file = "index/docs.bin";
  files.push_back({m.docs_file, with_id(std::move(docs), id)});
  m.docs_bytes = files.back().bytes.size();

  // Pieces: consecutive terms until about piece_bytes (a term's postings are never split).
  for (uint32_t t = 0; t < index.term_count();) {
    uint32_t end = t;
    uint64_t bytes = 0;
    while (end < index.term_count() && (end == t || bytes < options.piece_bytes)) {
      bytes += index.df(end) * (index.has_positions(end) ? 5u : 2u) + index.term(end).size() + 4;
      ++end;
    }
    ArchivePiece p;
    p.file = piece_name(m.pieces.size());
    p.first_term = m.pieces.empty() ? std::string() : std::string(index.term(t));
    std::string data = with_id(ArchiveIndex::encode_piece(index, t, end), id);
    p.bytes = data.size();
    files.push_back({p.file, std::move(data)});
    m.pieces.push_back(std::move(p));
    t = end;
  }
  if (m.pieces.empty()) {  // an empty bundle still has one (empty) piece
    m.pieces.push_back({piece_name(0), "", 0});
    files.push_back({m.pieces[0].file, with_id(ArchiveIndex::encode_piece(index, 0, 0), id)});
    m.pieces[0].bytes = files.back().bytes.size();
  }
  files[0].bytes = manifest_json(bundle, m);
  return files;
}

// --- reading the manifest ---

bool looks_like_manifest(std::string_view bytes) {
  size_t i = 0;
  auto skip_space = [&] {
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' ||
                                bytes[i] == '\t'))
      ++i;
  };
  auto take = [&](std::string_view s) {
    skip_space();
    if (bytes.substr(i, s.size()) != s) return false;
    i += s.size();
    return true;
  };
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  return take("{") && take("\"format\"") && take(":") && take("\"brief-archive\"");
}

std::optional<ArchiveManifest> parse_manifest(const PaddedBytes& bytes, std::string& error) {
  using namespace simdjson;
  dom::parser parser;
  dom::element root;
  if (auto e = parser.parse(bytes.data(), bytes.size(), false).get(root)) {
    error = std::string("the archive manifest is not valid JSON: ") + error_message(e);
    return std::nullopt;
  }
  ArchiveManifest m;
  auto text = [&](const char* key, std::string& out) {
    std::string_view s;
    if (!root[key].get(s)) out = s;
  };
  std::string_view format;
  int64_t version = 0;
  if (root["format"].get(format) || format != "brief-archive" || root["version"].get(version)) {
    error = "the archive manifest has no \"format\": \"brief-archive\" and \"version\"";
    return std::nullopt;
  }
  if (version != 1) {
    error = "the archive manifest is version " + std::to_string(version) +
            "; this reader reads version 1";
    return std::nullopt;
  }
  text("id", m.id);
  if (m.id.size() != 16 || m.id.find_first_not_of("0123456789abcdef") != std::string::npos) {
    error = "the archive manifest has no \"id\" of 16 hex digits";
    return std::nullopt;
  }
  text("title", m.title);
  text("description", m.description);
  text("language", m.language);
  text("generated_at", m.generated_at);
  auto fail = [&](std::string why) {
    error = "the archive manifest is not usable: " + why;
    return std::nullopt;
  };
  uint64_t count = 0;
  if (root["briefCount"].get(count) || count > UINT32_MAX) return fail("no briefCount");
  m.brief_count = static_cast<uint32_t>(count);

  dom::array days, shards, pieces;
  if (root["days"].get(days)) return fail("no days");
  uint64_t total = 0;
  DayNumber previous = INT32_MAX;
  for (dom::element d : days) {
    dom::array pair;
    uint64_t n = 0;
    if (d.get(pair) || pair.size() != 2 || pair.at(1).get(n) || n == 0 || n > UINT32_MAX)
      return fail("a day is not [\"YYYY-MM-DD\", count]");
    ArchiveDay day;
    day.count = static_cast<uint32_t>(n);
    std::string_view date;
    if (!pair.at(0).is_null()) {
      const auto parsed = pair.at(0).get(date) ? std::nullopt : parse_date(date);
      if (!parsed) return fail("a day's date is not YYYY-MM-DD");
      day.day = *parsed;
    }
    if (day.day >= previous) return fail("days are not newest first");
    previous = day.day;
    total += n;
    m.days.push_back(day);
  }
  if (total != m.brief_count) return fail("the days' counts do not add up to briefCount");

  if (root["shards"].get(shards)) return fail("no shards");
  total = 0;
  for (dom::element s : shards) {
    ArchiveShard shard;
    std::string_view file;
    uint64_t n = 0, b = 0;
    if (s["file"].get(file) || s["briefs"].get(n) || s["bytes"].get(b) || n == 0)
      return fail("a shard lacks file, briefs or bytes");
    shard.file = file;
    shard.first_doc = static_cast<uint32_t>(total);
    shard.count = static_cast<uint32_t>(n);
    shard.bytes = b;
    total += n;
    if (total > m.brief_count) break;
    m.shards.push_back(std::move(shard));
  }
  if (total != m.brief_count) return fail("the shards' counts do not add up to briefCount");

  std::string_view docs_file;
  if (root["docs"]["file"].get(docs_file) || root["docs"]["bytes"].get(m.docs_bytes))
    return fail("no docs file");
  m.docs_file = docs_file;
  if (root["index"].get(pieces)) return fail("no index");
  for (dom::element p : pieces) {
    ArchivePiece piece;
    std::string_view file, first;
    if (p["file"].get(file) || p["first"].get(first) || p["bytes"].get(piece.bytes))
      return fail("an index piece lacks file, first or bytes");
    piece.file = file;
    piece.first_term = first;
    if (!m.pieces.empty() ? piece.first_term <= m.pieces.back().first_term : !first.empty())
      return fail("index pieces are not in term order from \"\"");
    m.pieces.push_back(std::move(piece));
  }
  if (m.pieces.empty()) return fail("no index pieces");
  return m;
}

// --- the placeholder bundle ---

Bundle placeholder_bundle(const ArchiveManifest& m) {
  Bundle b;
  b.title = b.text.store(m.title);
  b.description = b.text.store(m.description);
  b.language = b.text.store(m.language);
  b.generated_at = b.text.store(m.generated_at);
  b.briefs.reserve(m.brief_count);
  for (const ArchiveDay& d : m.days) {
    Brief brief;
    brief.day = d.day;
    brief.placeholder = true;
    b.briefs.insert(b.briefs.end(), d.count, brief);
  }
  return b;
}

bool place_shard(Bundle& into, const Bundle& shard, const ArchiveShard& where,
                 std::string& error) {
  if (shard.briefs.size() != where.count || where.first_doc + where.count > into.briefs.size()) {
    error = where.file + " has " + std::to_string(shard.briefs.size()) +
            " briefs where the manifest says " + std::to_string(where.count);
    return false;
  }
  for (uint32_t i = 0; i < where.count; ++i)
    if (shard.briefs[i].day != into.briefs[where.first_doc + i].day) {
      error = where.file + " does not hold the days the manifest lists for it";
      return false;
    }
  for (uint32_t i = 0; i < where.count; ++i)
    into.briefs[where.first_doc + i] = with_parts_in(into, shard, shard.briefs[i]);
  return true;
}

// --- the index, piece by piece ---

ArchiveIndex::ArchiveIndex(const ArchiveManifest& m)
    : days_(m.days), doc_count_(m.brief_count), loaded_(m.pieces.size(), 0) {
  for (const ArchivePiece& p : m.pieces) first_terms_.push_back(p.first_term);
  for (int i = 0; i < 8; ++i)
    id_ += static_cast<char>(std::stoull(m.id.substr(14 - 2 * i, 2), nullptr, 16));
}

uint32_t ArchiveIndex::pieces_loaded() const {
  return static_cast<uint32_t>(std::count(loaded_.begin(), loaded_.end(), 1));
}

void ArchiveIndex::start(SearchIndex& ix) const {
  ix = SearchIndex();
  ix.doc_brief_.resize(doc_count_);
  for (uint32_t d = 0; d < doc_count_; ++d) ix.doc_brief_[d] = d;  // briefs are documents
  ix.brief_doc_ = ix.doc_brief_;
  ix.doc_day_.reserve(doc_count_);
  for (const ArchiveDay& d : days_) ix.doc_day_.insert(ix.doc_day_.end(), d.count, d.day);
  // Field bounds and lengths come with the documents table (add_docs), which queries wait for.
  if (pieces_loaded() < loaded_.size()) {
    ix.coverage_ = std::make_shared<SearchIndex::Coverage>();
    ix.coverage_->first_terms = first_terms_;
    ix.coverage_->loaded = loaded_;
  }
}

bool ArchiveIndex::add_docs(SearchIndex& ix, std::string_view bytes, std::string& error) {
  Reader r(bytes);
  if (r.bytes(4) != "BRD1" || r.bytes(8) != id_ || r.get32() != doc_count_ ||
      ix.doc_count() != doc_count_) {
    error = "the documents file is not this archive's";
    return false;
  }
  const double average = static_cast<double>(r.get()) / 1000;
  std::vector<DocBounds> bounds(doc_count_);
  std::vector<uint16_t> length(doc_count_);
  for (size_t doc = 0; doc < bounds.size(); ++doc) {
    bounds[doc].source_end = r.get32();
    bounds[doc].dateline_end = r.get32();
    bounds[doc].title_end = r.get32();
    length[doc] = static_cast<uint16_t>(std::min<uint32_t>(r.get32(), UINT16_MAX));
  }
  if (!r.ok() || !r.at_end()) {
    error = "the documents file is cut short or damaged";
    return false;
  }
  ix.bounds_ = std::move(bounds);
  ix.length_ = std::move(length);
  ix.average_length_ = average;
  has_docs_ = true;
  return true;
}

namespace {

// One decoded piece, laid out as SearchIndex's arrays with piece-relative offsets.
struct Piece {
  std::string term_bytes;
  std::vector<uint32_t> term_ends;  // per term, the end of its key in term_bytes
  std::vector<uint32_t> posting_ends{};
  std::vector<uint32_t> docs;
  std::vector<uint8_t> meta;
  std::vector<uint32_t> skip_offsets;  // per term; kNoSkip without positions
  std::vector<uint32_t> skips;
  std::vector<uint8_t> positions;
};

template <typename T, typename Vector>
void add_to(Vector& v, size_t from, T delta, T skip_value) {
  for (size_t i = from; i < v.size(); ++i)
    if (v[i] != skip_value) v[i] += delta;
}

}  // namespace

bool ArchiveIndex::add_piece(SearchIndex& ix, uint32_t index, std::string_view bytes,
                             std::string& error) {
  Reader r(bytes);
  const std::string name = "index piece " + std::to_string(index);
  if (index >= loaded_.size() || loaded_[index] || r.bytes(4) != "BRT1" || r.bytes(8) != id_ ||
      r.get32() != doc_count_ || ix.doc_count() != doc_count_) {
    error = name + " is not this archive's";
    return false;
  }
  const uint32_t terms = r.get32();
  if (!r.ok() || terms > bytes.size()) {
    error = name + " is damaged";
    return false;
  }
  Piece p;
  std::vector<uint32_t> df(terms);
  std::vector<uint8_t> positioned(terms);
  std::string_view previous;
  bool good = true;
  for (uint32_t t = 0; t < terms && r.ok(); ++t) {
    const std::string_view key = r.bytes(r.get());
    df[t] = r.get32();
    positioned[t] = r.get() != 0;
    // The piece must hold exactly its range of the dictionary, in order.
    if (df[t] == 0 || df[t] > doc_count_ || (t > 0 && key <= previous) ||
        key < first_terms_[index] ||
        (index + 1 < first_terms_.size() && key >= first_terms_[index + 1]))
      good = false;
    p.term_bytes += key;
    p.term_ends.push_back(static_cast<uint32_t>(p.term_bytes.size()));
    previous = std::string_view(p.term_bytes).substr(p.term_bytes.size() - key.size());
  }
  for (uint32_t t = 0; t < terms && good && r.ok(); ++t) {
    uint32_t doc = 0;
    for (uint32_t k = 0; k < df[t]; ++k) {
      const uint32_t delta = r.get32();
      doc = k == 0 ? delta : doc + delta;
      if (doc >= doc_count_ || (k > 0 && delta == 0)) good = false;
      p.docs.push_back(doc);
    }
    const std::string_view meta = r.bytes(df[t]);
    p.meta.insert(p.meta.end(), meta.begin(), meta.end());
    p.posting_ends.push_back(static_cast<uint32_t>(p.docs.size()));
    if (!positioned[t]) {
      p.skip_offsets.push_back(SearchIndex::kNoSkip);
      continue;
    }
    const uint32_t skips = r.get32();
    if (skips != (df[t] + 15) / 16) good = false;
    p.skip_offsets.push_back(static_cast<uint32_t>(p.skips.size()));
    const auto base = static_cast<uint32_t>(p.positions.size());
    std::vector<uint32_t> skip(skips);
    for (uint32_t k = 0; k < skips && r.ok(); ++k) skip[k] = r.get32();
    const std::string_view pos = r.bytes(r.get());
    if (!positions_fit(pos, df[t], skip)) good = false;
    for (uint32_t k : skip) p.skips.push_back(base + k);
    p.positions.insert(p.positions.end(), pos.begin(), pos.end());
  }
  if (!r.ok() || !r.at_end() || !good) {
    error = name + " is cut short or damaged";
    return false;
  }

  // Splice it in where its terms sort: after the terms of the loaded pieces before it.
  const uint32_t at = ix.find_range(first_terms_[index]).begin;
  const uint32_t byte_at = ix.term_offsets_[at];
  const uint32_t posting_at = ix.posting_offsets_[at];
  uint32_t skip_at = static_cast<uint32_t>(ix.skips_.size());
  for (uint32_t t = at; t < ix.term_count(); ++t)
    if (ix.skip_offsets_[t] != SearchIndex::kNoSkip) {
      skip_at = ix.skip_offsets_[t];
      break;
    }
  const uint32_t position_at =
      skip_at < ix.skips_.size() ? ix.skips_[skip_at] : static_cast<uint32_t>(ix.positions_.size());
  const auto n_bytes = static_cast<uint32_t>(p.term_bytes.size());
  const auto n_postings = static_cast<uint32_t>(p.docs.size());
  const auto n_skips = static_cast<uint32_t>(p.skips.size());
  const auto n_positions = static_cast<uint32_t>(p.positions.size());

  add_to<uint32_t>(ix.term_offsets_, at + 1, n_bytes, UINT32_MAX);
  add_to<uint32_t>(ix.posting_offsets_, at + 1, n_postings, UINT32_MAX);
  add_to<uint32_t>(ix.skip_offsets_, at, n_skips, SearchIndex::kNoSkip);
  add_to<uint32_t>(ix.skips_, skip_at, n_positions, UINT32_MAX);
  for (uint32_t& e : p.term_ends) e += byte_at;
  for (uint32_t& e : p.posting_ends) e += posting_at;
  for (uint32_t& o : p.skip_offsets)
    if (o != SearchIndex::kNoSkip) o += skip_at;
  for (uint32_t& s : p.skips) s += position_at;
  ix.term_bytes_.insert(byte_at, p.term_bytes);
  ix.term_offsets_.insert(ix.term_offsets_.begin() + at + 1, p.term_ends.begin(), p.term_ends.end());
  ix.posting_offsets_.insert(ix.posting_offsets_.begin() + at + 1, p.posting_ends.begin(),
                             p.posting_ends.end());
  ix.docs_.insert(ix.docs_.begin() + posting_at, p.docs.begin(), p.docs.end());
  ix.meta_.insert(ix.meta_.begin() + posting_at, p.meta.begin(), p.meta.end());
  ix.skip_offsets_.insert(ix.skip_offsets_.begin() + at, p.skip_offsets.begin(),
                          p.skip_offsets.end());
  ix.skips_.insert(ix.skips_.begin() + skip_at, p.skips.begin(), p.skips.end());
  ix.positions_.insert(ix.positions_.begin() + position_at, p.positions.begin(),
                       p.positions.end());

  loaded_[index] = 1;
  if (pieces_loaded() == loaded_.size())
    ix.coverage_.reset();  // complete: nothing more to want
  else if (ix.coverage_)
    ix.coverage_->loaded[index] = 1;
  return true;
}

}  // namespace br
