// Archives (archive.h): the shards together are the source bundle, search over the pieces of
// the index gives exactly the whole bundle's hits while fetching only the pieces a query's
// terms fall in, and damaged or foreign files are refused with a reason.
#include "archive.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "bundle_json.h"
#include "date.h"
#include "parse.h"
#include "query.h"
#include "reader_state.h"
#include "search.h"
#include "test_data.h"

namespace br {
namespace {

class Lcg {
 public:
  explicit Lcg(uint64_t seed) : state_(seed) {}
  uint32_t next(uint32_t n) {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((state_ >> 33) % n);
  }

 private:
  uint64_t state_;
};

const std::vector<std::string> kWords = {
    "minister", "government", "Tehran",  "oil",    "the",    "of",       "Khuzestan", "Ahvaz",
    "protest",  "Café",       "naïve",   "Σίσυφος", "ёлка",  "strike",   "workers",   "court",
    "élection", "budget",     "river",   "drought", "talks",  "nuclear",  "sanctions", "exports"};

// A bundle with many days (some with many briefs), undated briefs, tags, escapes, an untitled
// brief and text in an unspaced script, in shuffled input order.
Bundle synthetic_bundle(uint32_t briefs, uint64_t seed = 7) {
  Lcg r(seed);
  std::string json = "{\"version\": 1, \"title\": \"Synthetic \\\"archive\\\"\", \"briefs\": [";
  for (uint32_t i = 0; i < briefs; ++i) {
    auto words = [&](uint32_t n) {
      std::string s;
      for (uint32_t k = 0; k < n; ++k) s += (k ? " " : "") + kWords[r.next(kWords.size())];
      return s;
    };
    if (i) json += ",";
    json += "{\"id\": \"b" + std::to_string(i) + "\", \"source\": \"" +
            (r.next(3) ? "Iran Focus" : "Reuters") + "\", \"dateline\": \"" +
            (r.next(2) ? "London" : "Tehran") + "\"";
    if (r.next(12) != 0)
      json += ", \"date\": \"" + format_iso_date(17000 + r.next(40) * (r.next(5) ? 1 : 9)) + "\"";
    if (r.next(4) != 0) json += ", \"title\": \"" + words(3 + r.next(4)) + "\"";
    json += ", \"body\": [\"" + words(8 + r.next(20)) + "\"";
    if (r.next(3) == 0) json += ", \"said \\\"" + words(4) + "\\\" \\u00e9t\\u00e9\"";
    if (r.next(7) == 0) json += ", \"東京都の知事選挙 " + words(3) + "\"";
    json += "]";
    if (r.next(3) == 0) json += ", \"tags\": [\"" + words(1) + "\", \"" + words(2) + "\"]";
    json += "}";
  }
  json += "]}";
  LoadResult loaded = parse_bundle(PaddedBytes::copy_of(json));
  EXPECT_TRUE(loaded.ok) << (loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].message);
  return std::move(loaded.bundle);
}

// An archive read back from its files the way the reader does, a file at a time.
struct OpenedArchive {
  std::map<std::string, std::string> files;
  ArchiveManifest manifest;
  ArchiveIndex index;
  SearchIndex search_index;               // what index fills as pieces arrive
  Bundle bundle;                          // placeholders, filled as shards are placed
  std::vector<std::unique_ptr<Bundle>> shards;
  std::vector<bool> shard_loaded;
  uint32_t pieces_fetched = 0;

  explicit OpenedArchive(const std::vector<ArchiveFile>& written) {
    for (const ArchiveFile& f : written) files[f.path] = f.bytes;
    std::string error;
    auto m = parse_manifest(PaddedBytes::copy_of(files.at("manifest.json")), error);
    EXPECT_TRUE(m) << error;
    manifest = *m;
    index = ArchiveIndex(manifest);
    index.start(search_index);
    EXPECT_TRUE(index.add_docs(search_index, files.at(manifest.docs_file), error)) << error;
    bundle = placeholder_bundle(manifest);
    shards.resize(manifest.shards.size());
    shard_loaded.resize(manifest.shards.size());
  }

  void load_shard(size_t s) {
    if (shard_loaded[s]) return;
    LoadResult r = parse_bundle(PaddedBytes::copy_of(files.at(manifest.shards[s].file)));
    ASSERT_TRUE(r.ok);
    shards[s] = std::make_unique<Bundle>(std::move(r.bundle));
    std::string error;
    ASSERT_TRUE(place_shard(bundle, *shards[s], manifest.shards[s], error)) << error;
    shard_loaded[s] = true;
  }

  void load_piece(uint32_t p) {
    std::string error;
    ASSERT_TRUE(index.add_piece(search_index, p, files.at(manifest.pieces[p].file), error)) << error;
    ++pieces_fetched;
  }

  size_t shard_of(uint32_t doc) const {
    size_t s = 0;
    while (doc >= manifest.shards[s].first_doc + manifest.shards[s].count) ++s;
    return s;
  }

  // Runs the query, fetching what it asks for, until it asks for nothing more.
  std::vector<uint32_t> search(const Query& q) {
    for (int round = 0; round < 100; ++round) {
      const SearchIndex& ix = search_index;
      std::vector<uint32_t> docs = search_docs(ix, bundle, q);
      const auto pieces = ix.take_wanted_pieces();
      const auto texts = ix.take_wanted_docs();
      if (pieces.empty() && texts.empty()) return docs;
      for (uint32_t p : pieces) load_piece(p);
      for (uint32_t d : texts) load_shard(shard_of(d));
    }
    ADD_FAILURE() << "the query kept asking for more";
    return {};
  }
};

class ArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bundle_ = synthetic_bundle(600);
    index_ = SearchIndex::build(bundle_);
    options_.shard_briefs = 40;
    options_.piece_bytes = 600;
    written_ = write_archive(bundle_, index_, options_);
  }
  Bundle bundle_;
  SearchIndex index_;
  ArchiveOptions options_;
  std::vector<ArchiveFile> written_;
};

void expect_same_brief(const Bundle& a, const Brief& x, const Bundle& b, const Brief& y) {
  EXPECT_EQ(x.id, y.id);
  EXPECT_EQ(x.source, y.source);
  EXPECT_EQ(x.dateline, y.dateline);
  EXPECT_EQ(x.title, y.title);
  EXPECT_EQ(x.title_derived, y.title_derived);
  EXPECT_EQ(x.url, y.url);
  EXPECT_EQ(x.day, y.day);
  EXPECT_FALSE(y.placeholder);
  ASSERT_EQ(x.paragraph_count, y.paragraph_count) << x.id;
  for (uint32_t i = 0; i < x.paragraph_count; ++i)
    EXPECT_EQ(a.body(x)[i], b.body(y)[i]) << x.id;
  ASSERT_EQ(x.tag_count, y.tag_count) << x.id;
  for (uint32_t i = 0; i < x.tag_count; ++i) EXPECT_EQ(a.tags_of(x)[i], b.tags_of(y)[i]);
}

TEST_F(ArchiveTest, the_manifest_lists_every_day_and_whole_day_shards) {
  OpenedArchive a(written_);
  EXPECT_EQ(written_[0].path, "manifest.json");
  EXPECT_TRUE(looks_like_manifest(written_[0].bytes));
  EXPECT_EQ(a.manifest.title, "Synthetic \"archive\"");
  EXPECT_EQ(a.manifest.brief_count, 600u);
  ASSERT_GT(a.manifest.shards.size(), 5u);
  ASSERT_GT(a.manifest.pieces.size(), 5u);
  // The days match a grouping of the whole bundle; placeholders carry them before any shard.
  SearchResult all = run_search(index_, bundle_, parse_query(""));
  ASSERT_EQ(a.manifest.days.size(), all.groups.size());
  for (size_t i = 0; i < all.groups.size(); ++i) {
    EXPECT_EQ(a.manifest.days[i].day, all.groups[i].day);
    EXPECT_EQ(a.manifest.days[i].count, all.groups[i].briefs.size());
  }
  EXPECT_EQ(a.manifest.days.back().day, kUndated);
  SearchResult placeholders = run_search(a.search_index, a.bundle, parse_query(""));
  ASSERT_EQ(placeholders.groups.size(), all.groups.size());
  for (size_t i = 0; i < all.groups.size(); ++i)
    EXPECT_EQ(placeholders.groups[i].briefs.size(), all.groups[i].briefs.size());
  // A shard never splits a day; shards cover the documents in order.
  uint32_t next = 0;
  for (const ArchiveShard& s : a.manifest.shards) {
    EXPECT_EQ(s.first_doc, next);
    next += s.count;
    if (s.first_doc > 0)
      EXPECT_NE(index_.day_of(s.first_doc - 1), index_.day_of(s.first_doc)) << s.file;
  }
  EXPECT_EQ(next, 600u);
}

TEST_F(ArchiveTest, the_union_of_the_shards_is_the_source_bundle) {
  OpenedArchive a(written_);
  for (size_t s = 0; s < a.manifest.shards.size(); ++s) a.load_shard(s);
  ASSERT_EQ(a.bundle.briefs.size(), bundle_.briefs.size());
  for (uint32_t doc = 0; doc < index_.doc_count(); ++doc)
    expect_same_brief(bundle_, bundle_.briefs[index_.brief_of(doc)], a.bundle, a.bundle.briefs[doc]);
  // Every source brief appears exactly once.
  std::map<std::string_view, int> seen;
  for (const Brief& b : a.bundle.briefs) ++seen[b.id];
  EXPECT_EQ(seen.size(), bundle_.briefs.size());
}

TEST_F(ArchiveTest, search_over_the_pieces_equals_search_over_the_whole_bundle) {
  const std::vector<std::string> queries = {
      "minister", "the", "khuz", "gov*", "\"oil exports\"", "minister -tehran",
      "court OR strike", "title:budget", "tag:river", "source:reuters drought",
      "dateline:london sanctions", "on:2016-07", "cafe naive", "σισυφος", "ελκα OR елка",
      "東京", "知事選挙", "after:2016-07-10 talks", "-the", "zzzz", "\"said protest\"",
      "(oil OR river) -court title:the", "été", "t*", "is:unread nuclear", "b*"};
  for (const std::string& text : queries) {
    SCOPED_TRACE(text);
    OpenedArchive a(written_);
    const Query q = parse_query(text);
    EXPECT_EQ(a.search(q), search_docs(index_, bundle_, q));
  }
}

TEST_F(ArchiveTest, a_rare_word_fetches_one_piece_and_no_shard) {
  OpenedArchive a(written_);
  const Query q = parse_query("drought");
  const auto docs = a.search(q);
  EXPECT_FALSE(docs.empty());
  EXPECT_EQ(a.pieces_fetched, 1u);
  for (bool loaded : a.shard_loaded) EXPECT_FALSE(loaded);
  // Substrings of unspaced scripts are checked against the text: their shards are fetched.
  OpenedArchive b(written_);
  const Query cjk = parse_query("知事選");
  EXPECT_EQ(b.search(cjk), search_docs(index_, bundle_, cjk));
  EXPECT_FALSE(search_docs(index_, bundle_, cjk).empty());
  EXPECT_GT(std::count(b.shard_loaded.begin(), b.shard_loaded.end(), true), 0);
  EXPECT_LT(b.pieces_fetched, b.manifest.pieces.size());
}

TEST_F(ArchiveTest, pieces_spliced_in_any_order_rebuild_the_whole_index) {
  OpenedArchive a(written_);
  Lcg r(11);
  std::vector<uint32_t> order(a.manifest.pieces.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  for (uint32_t i = static_cast<uint32_t>(order.size()); i > 1; --i) std::swap(order[i - 1], order[r.next(i)]);
  for (uint32_t p : order) {
    EXPECT_TRUE(a.search_index.partial());
    a.load_piece(p);
  }
  const SearchIndex& got = a.search_index;
  EXPECT_FALSE(got.partial());
  ASSERT_EQ(got.term_count(), index_.term_count());
  std::vector<uint32_t> x, y;
  for (uint32_t t = 0; t < got.term_count(); ++t) {
    ASSERT_EQ(got.term(t), index_.term(t));
    // (std::equal with iterators: emscripten 3.1.6's libc++ has no std::ranges::equal)
    const auto docs = got.docs(t), want_docs = index_.docs(t);
    ASSERT_TRUE(std::equal(docs.begin(), docs.end(), want_docs.begin(), want_docs.end())) << got.term(t);
    const auto meta = got.meta(t), want_meta = index_.meta(t);
    ASSERT_TRUE(std::equal(meta.begin(), meta.end(), want_meta.begin(), want_meta.end())) << got.term(t);
    ASSERT_EQ(got.has_positions(t), index_.has_positions(t));
    for (uint32_t k = 0; k < got.df(t); ++k) {
      got.positions(t, k, x);
      index_.positions(t, k, y);
      ASSERT_EQ(x, y) << got.term(t) << " posting " << k;
    }
  }
  for (uint32_t d = 0; d < got.doc_count(); ++d) {
    EXPECT_EQ(got.day_of(d), index_.day_of(d));
    EXPECT_EQ(got.length(d), index_.length(d));
    EXPECT_EQ(got.bounds(d).title_end, index_.bounds(d).title_end);
  }
  EXPECT_NEAR(got.average_length(), index_.average_length(), 0.001);
}

TEST_F(ArchiveTest, ranking_over_the_pieces_equals_ranking_over_the_whole_bundle) {
  OpenedArchive a(written_);
  for (const char* text : {"minister oil", "gov* court", "\"oil exports\" talks"}) {
    const Query q = parse_query(text);
    const auto docs = a.search(q);
    EXPECT_EQ(rank_docs(a.search_index, q, docs), rank_docs(index_, q, docs)) << text;
  }
}

TEST_F(ArchiveTest, the_default_bundle_round_trips) {
  LoadResult loaded = parse_bundle(PaddedBytes::copy_of(test::default_bundle_json()));
  ASSERT_TRUE(loaded.ok);
  const SearchIndex ix = SearchIndex::build(loaded.bundle);
  OpenedArchive a(write_archive(loaded.bundle, ix));
  EXPECT_EQ(a.manifest.shards.size(), 1u);
  a.load_shard(0);
  for (uint32_t doc = 0; doc < ix.doc_count(); ++doc)
    expect_same_brief(loaded.bundle, loaded.bundle.briefs[ix.brief_of(doc)], a.bundle,
                      a.bundle.briefs[doc]);
  for (const char* text : {"khuzestan", "\"human rights\"", "tag:iran", "i*"})
    EXPECT_EQ(a.search(parse_query(text)), search_docs(ix, loaded.bundle, parse_query(text)));
}

TEST_F(ArchiveTest, an_empty_bundle_makes_an_empty_archive) {
  Bundle empty;
  const SearchIndex ix = SearchIndex::build(empty);
  OpenedArchive a(write_archive(empty, ix));
  EXPECT_EQ(a.manifest.brief_count, 0u);
  EXPECT_TRUE(a.search(parse_query("anything")).empty());
}

TEST_F(ArchiveTest, damaged_or_foreign_files_are_refused_with_a_reason) {
  OpenedArchive a(written_);
  std::string error;
  const std::string piece = a.files.at(a.manifest.pieces[3].file);
  // Cut short anywhere: refused, never read past.
  for (size_t n = 0; n < piece.size(); n += 7) {
    EXPECT_FALSE(a.index.add_piece(a.search_index, 3, piece.substr(0, n), error)) << n;
    EXPECT_NE(error.find("index piece 3"), std::string::npos);
  }
  // Every single-byte change is refused or decodes to something safe to search.
  for (size_t i = 4; i < piece.size(); ++i) {
    std::string bad = piece;
    bad[i] = static_cast<char>(bad[i] ^ 0x41);
    ArchiveIndex ix(a.manifest);
    SearchIndex s;
    ix.start(s);
    ASSERT_TRUE(ix.add_docs(s, a.files.at(a.manifest.docs_file), error));
    if (ix.add_piece(s, 3, bad, error)) {
      for (uint32_t t = 0; t < s.term_count(); ++t) {
        std::vector<uint32_t> out;
        for (uint32_t k = 0; k < s.df(t); ++k) s.positions(t, k, out);
      }
    }
  }
  // A piece in the wrong slot holds terms outside that slot's range.
  EXPECT_FALSE(a.index.add_piece(a.search_index, 4, piece, error));
  // Another archive's files (of as many briefs).
  const Bundle other_bundle = synthetic_bundle(600, 8);
  OpenedArchive other(write_archive(other_bundle, SearchIndex::build(other_bundle), options_));
  EXPECT_FALSE(other.index.add_piece(other.search_index, 0, a.files.at(a.manifest.pieces[0].file), error));
  EXPECT_FALSE(a.index.add_docs(a.search_index, "BRD1", error));
  // A shard that does not match its place.
  LoadResult shard = parse_bundle(PaddedBytes::copy_of(a.files.at(a.manifest.shards[1].file)));
  ASSERT_TRUE(shard.ok);
  EXPECT_FALSE(place_shard(a.bundle, shard.bundle, a.manifest.shards[2], error));
  EXPECT_NE(error.find(a.manifest.shards[2].file), std::string::npos);
}

TEST_F(ArchiveTest, manifests_are_checked) {
  std::string error;
  auto parse = [&](std::string text) { return parse_manifest(PaddedBytes::copy_of(text), error); };
  EXPECT_FALSE(parse("{\"format\": \"brief-archive\", \"version\": 2}"));
  EXPECT_NE(error.find("version 2"), std::string::npos);
  EXPECT_FALSE(parse("[1, 2"));
  EXPECT_NE(error.find("not valid JSON"), std::string::npos);
  std::string good = written_[0].bytes;
  EXPECT_TRUE(parse(good)) << error;
  const std::string first_day = "\"briefCount\": 600";
  std::string wrong_count = good;
  wrong_count.replace(wrong_count.find(first_day), first_day.size(), "\"briefCount\": 601");
  EXPECT_FALSE(parse(wrong_count));
  EXPECT_NE(error.find("do not add up"), std::string::npos);
  EXPECT_TRUE(looks_like_manifest("\xEF\xBB\xBF { \"format\" :\n\"brief-archive\""));
  EXPECT_FALSE(looks_like_manifest("{\"version\": 1, \"format\": \"brief-archive\"}"));
  EXPECT_FALSE(looks_like_manifest(test::default_bundle_json()));
}

// Read with On-Demand: fields are found by name in any order, and each fault has its words.
TEST_F(ArchiveTest, manifest_fields_may_come_in_any_order_and_faults_are_named) {
  std::string error;
  auto parse = [&](std::string text) { return parse_manifest(PaddedBytes::copy_of(text), error); };
  const std::string good = R"({"index": [{"bytes": 10, "first": "", "file": "index/t0.bin"}],
    "docs": {"bytes": 8, "file": "index/docs.bin"},
    "shards": [{"bytes": 100, "briefs": 3, "file": "shards/0.json"}],
    "days": [["2017-02-20", 1], [null, 2]], "briefCount": 3, "title": "T \u00e9",
    "id": "0123456789abcdef", "version": 1, "format": "brief-archive"})";
  const auto m = parse(good);
  ASSERT_TRUE(m) << error;
  EXPECT_EQ(m->title, "T \u00e9");
  EXPECT_EQ(m->brief_count, 3u);
  ASSERT_EQ(m->days.size(), 2u);
  EXPECT_EQ(m->days[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(m->days[0].count, 1u);
  EXPECT_EQ(m->days[1].day, kUndated);
  ASSERT_EQ(m->shards.size(), 1u);
  EXPECT_EQ(m->shards[0].file, "shards/0.json");
  EXPECT_EQ(m->shards[0].bytes, 100u);
  EXPECT_EQ(m->docs_file, "index/docs.bin");
  EXPECT_EQ(m->docs_bytes, 8u);
  ASSERT_EQ(m->pieces.size(), 1u);
  EXPECT_EQ(m->pieces[0].file, "index/t0.bin");

  const auto with = [&](std::string_view from, std::string_view to) {
    std::string s = good;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  const struct {
    std::string text, says;
  } faults[] = {
      {good + " x", "not valid JSON"},
      {with("\"version\": 1", "\"version\": \"1\""), "no \"format\""},
      {with("\"2017-02-20\"", "\"2017-02-30\""), "a day's date is not YYYY-MM-DD"},
      {with("[null, 2]", "[null, 0]"), "a day is not"},
      {with("[null, 2]", "[null, 2, 3]"), "a day is not"},
      {with("[null, 2]", "{}"), "a day is not"},
      {with("[null, 2]", "[\"2017-02-21\", 2]"), "newest first"},
      {with("\"briefs\": 3", "\"briefs\": \"3\""), "a shard lacks"},
      {with("\"first\": \"\"", "\"first\": \"b\""), "term order"},
      {with("\"docs\": {", "\"docs\": {\"x\": 1, \"y\": {"), "not valid JSON"},
      {with("\"docs\"", "\"dox\""), "no docs file"},
  };
  for (const auto& f : faults) {
    EXPECT_FALSE(parse(f.text)) << f.text;
    EXPECT_NE(error.find(f.says), std::string::npos) << error << " / " << f.text;
  }
}

}  // namespace
}  // namespace br

namespace br {
namespace {

// The reader's side (reader_state.h): what it asks for, and what it shows as files arrive.
class ArchiveSessionTest : public ArchiveTest {
 protected:
  void SetUp() override {
    ArchiveTest::SetUp();
    for (const ArchiveFile& f : written_) files_[f.path] = f.bytes;
    std::string error;
    auto m = parse_manifest(PaddedBytes::copy_of(files_.at("manifest.json")), error);
    ASSERT_TRUE(m) << error;
    open_archive(state_, std::move(*m), "https://example.org/a/manifest.json");
  }
  // Hands over every requested file; returns how many there were.
  size_t serve() {
    const auto requests = take_archive_requests(state_);
    for (const ArchiveRequest& r : requests)
      commit_archive_file(state_, r.kind, r.index, PaddedBytes::copy_of(files_.at(r.file)));
    return requests.size();
  }
  std::vector<uint32_t> shown() const {
    std::vector<uint32_t> out;
    for (const DayGroup& g : state_.groups) out.insert(out.end(), g.briefs.begin(), g.briefs.end());
    return out;
  }
  std::map<std::string, std::string> files_;
  ReaderState state_;
};

TEST_F(ArchiveSessionTest, days_show_at_once_and_shards_come_when_rows_are_drawn) {
  EXPECT_EQ(state_.bundle.briefs.size(), 600u);
  EXPECT_EQ(state_.visible_count, 600u);
  const SearchResult all = run_search(index_, bundle_, parse_query(""));
  ASSERT_EQ(state_.groups.size(), all.groups.size());
  EXPECT_NE(state_json(state_).find("\"archive\":{\"shards\":"), std::string::npos);
  // Nothing is asked for until a row is drawn or a query is set.
  EXPECT_TRUE(take_archive_requests(state_).empty());
  // Drawing a row asks for its shard, once.
  show_brief(state_, 100);
  show_brief(state_, 101);
  auto second = take_archive_requests(state_);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].kind, ArchiveRequest::kShard);
  EXPECT_TRUE(take_archive_requests(state_).empty());
  const uint64_t revision = state_.revision;
  commit_archive_file(state_, second[0].kind, second[0].index,
                      PaddedBytes::copy_of(files_.at(second[0].file)));
  EXPECT_GT(state_.revision, revision);
  // With the screen's shards in, the documents table comes next, before any query.
  auto third = take_archive_requests(state_);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].kind, ArchiveRequest::kDocs);
  EXPECT_FALSE(state_.bundle.briefs[100].placeholder);
  expect_same_brief(bundle_, bundle_.briefs[index_.brief_of(100)], state_.bundle,
                    state_.bundle.briefs[100]);
}

TEST_F(ArchiveSessionTest, a_query_waits_for_its_pieces_then_shows_the_whole_bundles_hits) {
  for (const char* text : {"minister -tehran", "知事選", "\"oil exports\"", "gov*"}) {
    SCOPED_TRACE(text);
    set_query(state_, text);
    for (int round = 0; round < 20 && serve() > 0; ++round) {
    }
    EXPECT_FALSE(state_.archive->search_waiting);
    std::vector<uint32_t> want;
    for (uint32_t doc : search_docs(index_, bundle_, parse_query(text))) want.push_back(doc);
    EXPECT_EQ(shown(), want);  // briefs of an archive are its documents
    EXPECT_EQ(state_.total_hits, want.size());
  }
}

TEST_F(ArchiveSessionTest, a_file_that_cannot_be_read_is_a_warning_and_the_rest_still_works) {
  set_query(state_, "drought");  // the first query asks for the documents table
  auto docs = take_archive_requests(state_);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].kind, ArchiveRequest::kDocs);
  EXPECT_TRUE(state_.archive->search_waiting);
  EXPECT_EQ(state_.total_hits, 0u);
  commit_archive_file(state_, docs[0].kind, 0, PaddedBytes::copy_of(files_.at(docs[0].file)));
  auto requests = take_archive_requests(state_);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_TRUE(state_.archive->search_waiting);
  fail_archive_file(state_, requests[0].kind, requests[0].index, "HTTP 404 Not Found");
  EXPECT_FALSE(state_.archive->search_waiting);
  ASSERT_EQ(state_.diagnostics.size(), 1u);
  EXPECT_EQ(state_.diagnostics[0].message,
            "could not read " + requests[0].file + " of the archive: HTTP 404 Not Found");
  EXPECT_FALSE(state_.diagnostics[0].is_error());
  // A damaged shard is refused the same way; its placeholders stay.
  show_brief(state_, 0);
  auto shard = take_archive_requests(state_);
  ASSERT_EQ(shard.size(), 1u);
  commit_archive_file(state_, shard[0].kind, shard[0].index, PaddedBytes::copy_of("{\"briefs\": ["));
  EXPECT_TRUE(state_.bundle.briefs[0].placeholder);
  EXPECT_EQ(state_.diagnostics.size(), 2u);
  // Other queries go on working.
  set_query(state_, "minister");
  while (serve() > 0) {
  }
  EXPECT_EQ(state_.total_hits, search_docs(index_, bundle_, parse_query("minister")).size());
  // Loading an ordinary bundle closes the archive.
  apply_load(state_, parse_bundle(PaddedBytes::copy_of(test::default_bundle_json())), "default");
  EXPECT_EQ(state_.archive, nullptr);
  EXPECT_NE(state_json(state_).find("\"archive\":null"), std::string::npos);
}

}  // namespace
}  // namespace br

namespace br {
namespace {

TEST_F(ArchiveSessionTest, shards_drawn_longest_ago_go_back_to_placeholders) {
  state_.archive->max_loaded_shards = 3;
  const auto& shards = state_.archive->manifest.shards;
  ASSERT_GT(shards.size(), 8u);
  // Scroll through: each step draws one shard's first brief, which is then fetched.
  for (size_t s = 0; s < shards.size(); ++s) {
    show_brief(state_, shards[s].first_doc);
    serve();
    size_t loaded = 0;
    for (const auto& f : state_.archive->shard_fetch) loaded += f == ArchiveSession::Fetch::kLoaded;
    EXPECT_LE(loaded, 3u);
    EXPECT_FALSE(state_.bundle.briefs[shards[s].first_doc].placeholder);
    // The count that decides when evicted text is compacted follows the loaded briefs.
    size_t parts = 0;
    for (const Brief& b : state_.bundle.briefs) parts += b.paragraph_count + b.tag_count;
    EXPECT_EQ(state_.archive->live_parts, parts) << "after shard " << s;
  }
  EXPECT_TRUE(state_.bundle.briefs[shards[0].first_doc].placeholder);
  // Back at the top the first shard comes again, with the same briefs.
  show_brief(state_, 0);
  serve();
  for (uint32_t doc = 0; doc < shards[0].count; ++doc)
    expect_same_brief(bundle_, bundle_.briefs[index_.brief_of(doc)], state_.bundle,
                      state_.bundle.briefs[doc]);
  // The selected brief's shard stays while others come and go.
  select_index(state_, 0);
  for (size_t s = 1; s < shards.size(); ++s) {
    show_brief(state_, shards[s].first_doc);
    serve();
  }
  EXPECT_FALSE(state_.bundle.briefs[0].placeholder);
}

}  // namespace
}  // namespace br
