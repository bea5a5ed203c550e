// The query filter: all words, anywhere in the brief, ASCII case-insensitive.
#include "search.h"

#include <gtest/gtest.h>

#include "parse.h"

namespace br {
namespace {

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult r = parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[
      {"id":"a","source":"Iran Focus","dateline":"London","title":"Unrest in Khuzestan",
       "body":["Power cuts in Ahvaz.", "MEP G\u00e9rard Deprez chaired \u201cthe event\u201d."]},
      {"id":"b","title":"Headline only"}]})"));
    ASSERT_TRUE(r.ok);
    bundle_ = std::move(r.bundle);
  }
  bool matches(std::string_view id, std::string_view query) const {
    return brief_matches(bundle_, bundle_.briefs[static_cast<size_t>(bundle_.find(id))], query);
  }
  Bundle bundle_;
};

TEST_F(SearchTest, empty_or_blank_query_matches_everything) {
  EXPECT_TRUE(matches("a", ""));
  EXPECT_TRUE(matches("b", ""));
  EXPECT_TRUE(matches("b", "  \t "));
}

TEST_F(SearchTest, matches_ascii_letters_in_any_case) {
  EXPECT_TRUE(matches("a", "khuzestan"));
  EXPECT_TRUE(matches("a", "KHUZESTAN"));
  EXPECT_TRUE(matches("a", "kHuZ"));
  EXPECT_FALSE(matches("b", "khuzestan"));
}

TEST_F(SearchTest, looks_in_title_source_dateline_and_every_paragraph) {
  EXPECT_TRUE(matches("a", "focus"));
  EXPECT_TRUE(matches("a", "london"));
  EXPECT_TRUE(matches("a", "ahvaz"));
  EXPECT_TRUE(matches("a", "deprez"));
  EXPECT_FALSE(matches("a", "a1"));  // the id is not searched
}

TEST_F(SearchTest, requires_every_word_but_not_in_the_same_field) {
  EXPECT_TRUE(matches("a", "london ahvaz"));
  EXPECT_TRUE(matches("a", "  unrest   power  "));
  EXPECT_FALSE(matches("a", "london paris"));
}

TEST_F(SearchTest, matches_non_ascii_text_exactly) {
  EXPECT_TRUE(matches("a", "G\xC3\xA9rard"));
  EXPECT_TRUE(matches("a", "g\xC3\xA9rard"));    // the ASCII 'G' folds
  EXPECT_FALSE(matches("a", "G\xC3\x89RARD"));   // 'é' vs 'É' is not folded yet
  EXPECT_TRUE(matches("a", "\xE2\x80\x9Cthe"));  // curly quote
  EXPECT_FALSE(matches("a", "gerard"));          // no accent folding
}

TEST_F(SearchTest, fails_when_any_word_is_missing_even_if_the_others_match) {
  EXPECT_FALSE(matches("b", "Headline only and then some more words than it has"));
  EXPECT_FALSE(matches("b", "Headline-only"));
}

}  // namespace
}  // namespace br
