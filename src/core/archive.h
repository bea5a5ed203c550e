// Archives: a bundle too large for one tab, cut into files for a static host
// (docs/performance.md, "Archives"). `brief-pack --shard DIR` writes:
//   manifest.json        title, every day with its brief count, the shard and index files
//   shards/NNNNN.json    ordinary bundles, each a run of whole days, newest first
//   index/docs.bin       per document: its field bounds and length (phrases, fields, ranking)
//   index/tNNNNN.bin     the search index's sorted dictionary cut into consecutive term
//                        ranges ("pieces"), each with its terms' posting lists and positions
// Documents are numbered across the whole archive in display order (newest day first, input
// order within a day, undated last), exactly as SearchIndex numbers a bundle's, so a shard is a
// range of documents and the pieces together are the whole bundle's index, split: a search
// over an archive fetches only the pieces its terms fall in and gives the same hits.
//
// The reader opens a manifest like a bundle (ArchiveSession, reader_state.h): every day and
// count shows at once, from the manifest; shards are fetched as their rows come into view.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "padded_bytes.h"
#include "search_index.h"

namespace br {

struct ArchiveDay {
  DayNumber day = kUndated;
  uint32_t count = 0;
};

struct ArchiveShard {
  std::string file;  // relative to the manifest
  uint32_t first_doc = 0, count = 0;
  uint64_t bytes = 0;
};

struct ArchivePiece {
  std::string file;
  std::string first_term;  // the piece holds the terms from this one up to the next piece's
  uint64_t bytes = 0;
};

struct ArchiveManifest {
  std::string id;  // 16 hex digits, also in every binary file of the archive
  std::string title, description, language, generated_at;
  uint32_t brief_count = 0;
  std::vector<ArchiveDay> days;  // display order: newest first, undated last
  std::vector<ArchiveShard> shards;
  std::string docs_file;
  uint64_t docs_bytes = 0;
  std::vector<ArchivePiece> pieces;
};

struct ArchiveOptions {
  uint32_t shard_briefs = 1000;       // about this many briefs per shard (whole days)
  uint32_t piece_bytes = 256 * 1024;  // about this many bytes per index piece
};

struct ArchiveFile {
  std::string path;  // relative: "manifest.json", "shards/00000.json", "index/t00000.bin"
  std::string bytes;
};

// The files of an archive of bundle (index: SearchIndex::build(bundle)), manifest.json first.
std::vector<ArchiveFile> write_archive(const Bundle& bundle, const SearchIndex& index,
                                       const ArchiveOptions& options = {});

// Whether the bytes begin like a manifest: a JSON object whose first member is
// "format": "brief-archive" (write_archive puts it first). Cheap: reads only that far.
bool looks_like_manifest(std::string_view bytes);

// The manifest, or nullopt with a one-line reason in error.
std::optional<ArchiveManifest> parse_manifest(const PaddedBytes& bytes, std::string& error);

// A bundle with one placeholder brief per document of the archive, dated from the manifest,
// in document order; place_shard() fills them in.
Bundle placeholder_bundle(const ArchiveManifest& manifest);

// Puts a loaded shard's briefs into their slots of a placeholder bundle. The shard bundle must
// outlive `into` (its text stays where it is). False, with a reason, when the shard does not
// match the manifest (another count or other days).
bool place_shard(Bundle& into, const Bundle& shard, const ArchiveShard& where, std::string& error);

// Builds an archive's search index as its files arrive. The SearchIndex it fills is the only
// copy: the documents table moves into it and each piece is spliced into its dictionary in
// place, so an archive's index takes no more memory than the pieces fetched.
class ArchiveIndex {
 public:
  ArchiveIndex() = default;
  explicit ArchiveIndex(const ArchiveManifest& manifest);

  // Makes ix the archive's index before anything arrived: every document with its day (from
  // the manifest), no terms; ix.partial() until every piece is in.
  void start(SearchIndex& ix) const;
  bool add_docs(SearchIndex& ix, std::string_view bytes, std::string& error);
  bool add_piece(SearchIndex& ix, uint32_t piece, std::string_view bytes, std::string& error);

  bool has_docs() const { return has_docs_; }
  bool piece_loaded(uint32_t piece) const { return loaded_[piece] != 0; }
  uint32_t pieces_loaded() const;

  // Encoding, for write_archive.
  static std::string encode_docs(const SearchIndex& index);
  static std::string encode_piece(const SearchIndex& index, uint32_t first_term, uint32_t end_term);

 private:
  std::vector<ArchiveDay> days_;
  uint32_t doc_count_ = 0;
  bool has_docs_ = false;
  std::string id_;  // the manifest's id as the 8 bytes the binary files carry
  std::vector<std::string> first_terms_;
  std::vector<uint8_t> loaded_;
};

}  // namespace br
