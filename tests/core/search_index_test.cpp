// The index's layout: documents in display order, date ranges, the sorted dictionary and prefix
// ranges, postings with field bits, positions with gaps between paragraphs, tags and grams.
#include "search_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "date.h"
#include "parse.h"

namespace br {
namespace {

Bundle load(std::string_view json) {
  LoadResult r = parse_bundle(PaddedBytes::copy_of(json));
  EXPECT_TRUE(r.ok);
  return std::move(r.bundle);
}

class SearchIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bundle_ = load(R"({"version":1,"title":"T","briefs":[
      {"id":"old","date":"2016-12-31","source":"Iran Focus","dateline":"London",
       "title":"Protests in Ahvaz","body":["Power cuts in Ahvaz.","Protesters gathered."],
       "tags":["khuzestan","human rights"]},
      {"id":"undated","title":"Headline only","body":["Cuts"]},
      {"id":"new","date":"2017-01-01","title":"Gérard in Paris",
       "body":["Protest in تهران today. Power!"]},
      {"id":"mid","date":"2017-01-01","title":"Second of the day","body":["power power"]}]})");
    index_ = SearchIndex::build(bundle_);
  }
  uint32_t term(std::string_view key) {
    const int64_t id = index_.find(key);
    EXPECT_GE(id, 0) << key;
    return static_cast<uint32_t>(id);
  }
  std::vector<std::string> briefs_of(std::string_view key) {
    std::vector<std::string> ids;
    for (uint32_t d : index_.docs(term(key)))
      ids.emplace_back(bundle_.briefs[index_.brief_of(d)].id);
    return ids;
  }
  Bundle bundle_;
  SearchIndex index_;
};

TEST_F(SearchIndexTest, numbers_documents_newest_day_first_undated_last) {
  ASSERT_EQ(index_.doc_count(), 4u);
  const std::vector<uint32_t> order = {index_.brief_of(0), index_.brief_of(1), index_.brief_of(2),
                                       index_.brief_of(3)};
  EXPECT_EQ(order, (std::vector<uint32_t>{2, 3, 0, 1}));  // same day keeps input order
  for (uint32_t b = 0; b < 4; ++b) EXPECT_EQ(index_.brief_of(index_.doc_of(b)), b);
  EXPECT_EQ(index_.day_of(0), days_from_civil(2017, 1, 1));
  EXPECT_EQ(index_.day_of(3), kUndated);
}

TEST_F(SearchIndexTest, date_ranges_are_document_ranges_that_never_include_undated) {
  const DayNumber new_year = days_from_civil(2017, 1, 1);
  const TermRange day = index_.docs_between(new_year, new_year);
  EXPECT_EQ(day.begin, 0u);
  EXPECT_EQ(day.end, 2u);
  const TermRange eve = index_.docs_between(new_year - 1, new_year - 1);
  EXPECT_EQ(eve.begin, 2u);
  EXPECT_EQ(eve.end, 3u);
  const TermRange all = index_.docs_between(INT32_MIN + 1, INT32_MAX);
  EXPECT_EQ(all.begin, 0u);
  EXPECT_EQ(all.end, 3u);
  EXPECT_TRUE(index_.docs_between(new_year + 1, INT32_MAX).empty());
}

TEST_F(SearchIndexTest, dictionary_is_sorted_and_finds_terms_and_prefixes) {
  for (uint32_t t = 1; t < index_.term_count(); ++t) EXPECT_LT(index_.term(t - 1), index_.term(t));
  EXPECT_EQ(index_.find("nothing"), -1);
  EXPECT_EQ(index_.term(term("gerard")), "gerard");  // folded
  const TermRange protest = index_.prefix_range("protest");
  std::vector<std::string> words;
  for (uint32_t t = protest.begin; t < protest.end; ++t) words.emplace_back(index_.term(t));
  EXPECT_EQ(words, (std::vector<std::string>{"protest", "protesters", "protests"}));
  EXPECT_TRUE(index_.prefix_range("zzz").empty());
}

TEST_F(SearchIndexTest, postings_list_documents_with_fields_and_counts) {
  EXPECT_EQ(briefs_of("power"), (std::vector<std::string>{"new", "mid", "old"}));
  const uint32_t power = term("power");
  EXPECT_EQ(index_.meta(power)[1] & kTfMask, 2);  // "power power"
  EXPECT_EQ(index_.meta(power)[1] & kInAnyField, kInBody);
  const uint32_t ahvaz = term("ahvaz");
  EXPECT_EQ(index_.meta(ahvaz)[0], kInTitle | kInBody | 2);
  EXPECT_EQ(index_.meta(term("focus"))[0], kInSource);
  EXPECT_EQ(index_.meta(term("london"))[0], kInDateline);
  EXPECT_EQ(index_.df(term("cuts")), 2u);
}

TEST_F(SearchIndexTest, positions_leave_a_gap_between_fields_and_paragraphs) {
  // "old": source "iran focus" (0, 1), gap, dateline "london" (3), gap, title "protests in
  // ahvaz" (5..7), gap, "power cuts in ahvaz" (9..12), gap, "protesters gathered" (14, 15).
  const uint32_t doc = index_.doc_of(0);
  const DocBounds& b = index_.bounds(doc);
  EXPECT_EQ(b.source_end, 2u);
  EXPECT_EQ(b.dateline_end, 4u);
  EXPECT_EQ(b.title_end, 8u);
  EXPECT_EQ(index_.length(doc), 9u);  // title + body words
  std::vector<uint32_t> pos;
  const uint32_t ahvaz = term("ahvaz");
  index_.positions(ahvaz, 0, pos);
  EXPECT_EQ(pos, (std::vector<uint32_t>{7, 12}));
  const uint32_t gathered = term("gathered");
  index_.positions(gathered, 0, pos);
  EXPECT_EQ(pos, (std::vector<uint32_t>{15}));
  SearchIndex::PositionReader reader(index_, term("power"));
  reader.read(0, pos);  // "new": title at 2..4, body "protest in <run> today power" from 6
  EXPECT_EQ(pos, (std::vector<uint32_t>{10}));
  reader.read(2, pos);  // skipping "mid"
  EXPECT_EQ(pos, (std::vector<uint32_t>{9}));
}

TEST_F(SearchIndexTest, tags_and_unspaced_grams_have_their_own_keys) {
  EXPECT_EQ(briefs_of(std::string(1, kTagKey) + "khuzestan"), (std::vector<std::string>{"old"}));
  EXPECT_EQ(briefs_of(std::string(1, kTagKey) + "rights"), (std::vector<std::string>{"old"}));
  EXPECT_EQ(index_.find("khuzestan"), -1);  // tags are not text
  EXPECT_FALSE(index_.has_positions(term(std::string(1, kTagKey) + "human")));
  EXPECT_EQ(briefs_of(std::string(1, kUnigramKey) + "ه"), (std::vector<std::string>{"new"}));
  EXPECT_EQ(index_.find(std::string(1, kBigramKey) + "تهر"), -1);  // only pairs are keys
  EXPECT_EQ(briefs_of(std::string(1, kBigramKey) + "ته"), (std::vector<std::string>{"new"}));
  EXPECT_FALSE(index_.has_positions(term(std::string(1, kBigramKey) + "ته")));
}

TEST(SearchIndexEmptyTest, an_empty_bundle_has_an_empty_index) {
  const Bundle bundle = load(R"({"version":1,"title":"T","briefs":[]})");
  const SearchIndex index = SearchIndex::build(bundle);
  EXPECT_EQ(index.doc_count(), 0u);
  EXPECT_EQ(index.term_count(), 0u);
  EXPECT_TRUE(index.prefix_range("").empty());
  EXPECT_GT(index.memory_bytes(), 0u);
}

TEST(SearchIndexLargeTest, positions_survive_many_postings_and_skip_blocks) {
  std::string json = R"({"version":1,"title":"T","briefs":[)";
  for (int i = 0; i < 100; ++i) {
    if (i) json += ',';
    json += R"({"id":"b)" + std::to_string(i) + R"(","title":"t","body":[")";
    for (int k = 0; k < i % 7; ++k) json += "filler ";
    json += R"(alpha beta"]})";
  }
  json += "]}";
  const Bundle bundle = load(json);
  const SearchIndex index = SearchIndex::build(bundle);
  const uint32_t alpha = static_cast<uint32_t>(index.find("alpha"));
  ASSERT_EQ(index.df(alpha), 100u);
  std::vector<uint32_t> pos;
  SearchIndex::PositionReader reader(index, alpha);
  for (uint32_t k = 0; k < 100; k += 3) {  // forward reads, crossing skip blocks
    const uint32_t brief = index.brief_of(index.docs(alpha)[k]);
    reader.read(k, pos);
    EXPECT_EQ(pos, (std::vector<uint32_t>{4 + brief % 7})) << k;
    index.positions(alpha, k, pos);  // random access agrees
    EXPECT_EQ(pos, (std::vector<uint32_t>{4 + brief % 7})) << k;
  }
}

}  // namespace
}  // namespace br
