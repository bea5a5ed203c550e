// Searching a bundle through its index: every operator and their combinations, folding, prefixes
// while typing, phrases and paragraph boundaries, fields, dates at month and year edges,
// unspaced scripts, flags, and hostile queries. Results are brief ids in display order.
#include "search.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse.h"

namespace br {
namespace {

std::vector<uint32_t> briefs_of(const DayGroup& g) { return {g.briefs.begin(), g.briefs.end()}; }

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult r = parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[
      {"id":"b1","date":"2017-02-20","source":"Iran Focus","dateline":"London",
       "title":"Unrest in Khuzestan","tags":["khuzestan","protests"],
       "body":["Power cuts in Ahvaz.", "MEP G\u00e9rard Deprez chaired \u201cthe event\u201d."]},
      {"id":"b2","date":"2017-02-18","source":"Reuters","dateline":"Paris",
       "title":"Iran\u2019s economy","body":["Prices rose in Tehran.","Human rights groups protested."]},
      {"id":"b3","date":"2017-01-01","source":"AP","dateline":"Αθήνα","title":"ΕΛΛΗΝΙΚΆ news",
       "body":["Η Ελένη είπε: ο λόγος.", "Анна Смирнова и Ёлка."]},
      {"id":"b4","date":"2016-12-31","title":"Year end human",
       "body":["rights talks on human", "rights were held. Stra\u00dfe in Z\u00fcrich."]},
      {"id":"b5","date":"2016-02-29","title":"Leap day","body":["Iran's protests continue in Krak\u00f3w"]},
      {"id":"b6","date":"2016-03-01","title":"After leap",
       "body":["\u0648\u0632\u0627\u0631\u062a \u0627\u0645\u0648\u0631 \u062e\u0627\u0631\u062c\u0647 \u0627\u06cc\u0631\u0627\u0646 \u0627\u0639\u0644\u0627\u0645 \u06a9\u0631\u062f",
               "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5916\u4ea4\u90e8"]},
      {"id":"b7","title":"Headline only"}]})"));
    ASSERT_TRUE(r.ok);
    bundle_ = std::move(r.bundle);
    index_ = SearchIndex::build(bundle_);
  }

  std::vector<std::string> ids(std::string_view query, const FlagLookup* flags = nullptr) {
    std::vector<std::string> out;
    const Query q = parse_query(query);
    for (uint32_t d : search_docs(index_, bundle_, q, flags)) {
      const Brief& b = bundle_.briefs[index_.brief_of(d)];
      out.emplace_back(b.id);
      EXPECT_TRUE(brief_matches(bundle_, b, q, flags)) << query << ": " << b.id;
    }
    // The index finds exactly what scanning every brief finds.
    size_t scanned = 0;
    for (const Brief& b : bundle_.briefs) scanned += brief_matches(bundle_, b, q, flags);
    EXPECT_EQ(scanned, out.size()) << query;
    return out;
  }
  using Ids = std::vector<std::string>;
  Bundle bundle_;
  SearchIndex index_;
};

TEST_F(SearchTest, an_empty_query_finds_everything_grouped_newest_day_first) {
  EXPECT_EQ(ids(""), (Ids{"b1", "b2", "b3", "b4", "b6", "b5", "b7"}));
  const SearchResult r = run_search(index_, bundle_, parse_query(""));
  EXPECT_EQ(r.total, 7u);
  ASSERT_EQ(r.groups.size(), 7u);
  EXPECT_EQ(r.groups.back().day, kUndated);
  EXPECT_EQ(briefs_of(r.groups.back()), (std::vector<uint32_t>{6}));
  EXPECT_TRUE(r.ranked.empty());
}

TEST_F(SearchTest, words_must_all_match_in_any_field_ignoring_case_and_accents) {
  EXPECT_EQ(ids("ahvaz "), (Ids{"b1"}));
  EXPECT_EQ(ids("AHVAZ power "), (Ids{"b1"}));
  EXPECT_EQ(ids("ahvaz tehran "), Ids{});
  EXPECT_EQ(ids("gerard "), (Ids{"b1"}));
  EXPECT_EQ(ids("GÉRARD deprez "), (Ids{"b1"}));
  EXPECT_EQ(ids("london focus "), (Ids{"b1"}));  // dateline and source
  EXPECT_EQ(ids("strasse zurich "), (Ids{"b4"}));
  EXPECT_EQ(ids("STRAẞE "), (Ids{"b4"}));
  EXPECT_EQ(ids("krakow "), (Ids{"b5"}));
}

TEST_F(SearchTest, greek_and_cyrillic_fold_case_accents_sigma_and_yo) {
  EXPECT_EQ(ids("ελενη "), (Ids{"b3"}));
  EXPECT_EQ(ids("ΕΛΈΝΗ "), (Ids{"b3"}));
  EXPECT_EQ(ids("ΛΟΓΟΣ "), (Ids{"b3"}));  // capital sigma finds the final sigma of "λόγος"
  EXPECT_EQ(ids("λογοσ "), (Ids{"b3"}));
  EXPECT_EQ(ids("λογο "), Ids{});
  EXPECT_EQ(ids("ελληνικα "), (Ids{"b3"}));
  EXPECT_EQ(ids("αθηνα "), (Ids{"b3"}));
  EXPECT_EQ(ids("анна смирнова "), (Ids{"b3"}));
  EXPECT_EQ(ids("елка "), (Ids{"b3"}));
  EXPECT_EQ(ids("ЁЛКА "), (Ids{"b3"}));
}

TEST_F(SearchTest, straight_and_curly_quotes_and_apostrophes_are_alike) {
  EXPECT_EQ(ids(R"("the event")"), (Ids{"b1"}));
  EXPECT_EQ(ids("“the event”"), (Ids{"b1"}));
  EXPECT_EQ(ids("Iran's "), (Ids{"b2", "b5"}));  // "Iran’s" and "Iran's" in the text
  EXPECT_EQ(ids("Iran’s "), (Ids{"b2", "b5"}));
  EXPECT_EQ(ids("iran "), (Ids{"b1", "b2", "b5"}));
}

TEST_F(SearchTest, phrases_need_consecutive_words_within_one_paragraph) {
  EXPECT_EQ(ids(R"("human rights")"), (Ids{"b2"}));
  // b4 has "human" ending its title and its first paragraph, "rights" starting the next.
  EXPECT_EQ(ids("human rights "), (Ids{"b2", "b4"}));
  EXPECT_EQ(ids(R"("rights were held")"), (Ids{"b4"}));
  EXPECT_EQ(ids(R"("rights held")"), Ids{});
  EXPECT_EQ(ids(R"("cuts in ahvaz")"), (Ids{"b1"}));
  EXPECT_EQ(ids(R"("ahvaz mep")"), Ids{});
}

TEST_F(SearchTest, minus_excludes) {
  EXPECT_EQ(ids("iran -reuters "), (Ids{"b1", "b5"}));
  EXPECT_EQ(ids(R"(rights -"human rights")"), (Ids{"b4"}));
  EXPECT_EQ(ids("-iran "), (Ids{"b3", "b4", "b6", "b7"}));
  EXPECT_EQ(ids("-iran -leap "), (Ids{"b3", "b4", "b7"}));
}

TEST_F(SearchTest, or_and_precedence) {
  EXPECT_EQ(ids("ahvaz OR tehran "), (Ids{"b1", "b2"}));
  EXPECT_EQ(ids("power ahvaz OR tehran "), (Ids{"b1", "b2"}));
  EXPECT_EQ(ids("power tehran OR leap "), (Ids{"b6", "b5"}));
  EXPECT_EQ(ids("(ahvaz OR tehran) prices "), (Ids{"b2"}));
  EXPECT_EQ(ids("iran (prices OR krakow) -reuters "), (Ids{"b5"}));
  EXPECT_EQ(ids("-(iran OR leap) "), (Ids{"b3", "b4", "b7"}));
}

TEST_F(SearchTest, prefixes_explicit_and_while_typing) {
  EXPECT_EQ(ids("khuz* "), (Ids{"b1"}));
  EXPECT_EQ(ids("khuz"), (Ids{"b1"}));  // the word being typed
  EXPECT_EQ(ids("khuz "), Ids{});       // typed out: a whole word
  EXPECT_EQ(ids("protest* "), (Ids{"b2", "b5"}));
  EXPECT_EQ(ids("iran pro"), (Ids{"b2", "b5"}));
  EXPECT_EQ(ids("gér"), (Ids{"b1"}));
  EXPECT_EQ(ids("\"power cu*\""), Ids{});   // no prefixes inside quotes
  EXPECT_EQ(ids("power-cu"), (Ids{"b1"}));  // phrase with its last word being typed
}

TEST_F(SearchTest, fields_restrict_where_a_term_matches) {
  EXPECT_EQ(ids("title:iran "), (Ids{"b2"}));
  EXPECT_EQ(ids("source:reuters "), (Ids{"b2"}));
  EXPECT_EQ(ids("source:\"iran focus\" "), (Ids{"b1"}));
  EXPECT_EQ(ids("source:\"focus iran\" "), Ids{});
  EXPECT_EQ(ids("dateline:ΑΘΗΝΑ "), (Ids{"b3"}));
  EXPECT_EQ(ids("title:human "), (Ids{"b4"}));
  EXPECT_EQ(ids("title:\"end human\" "), (Ids{"b4"}));
  EXPECT_EQ(ids("title:\"human rights\" "), Ids{});
  EXPECT_EQ(ids("tag:khuzestan "), (Ids{"b1"}));
  EXPECT_EQ(ids("tag:prot* "), (Ids{"b1"}));
  EXPECT_EQ(ids("protests "), (Ids{"b5"}));  // tags are not searched without tag:
  EXPECT_EQ(ids("-source:reuters iran "), (Ids{"b1", "b5"}));
}

TEST_F(SearchTest, dates_at_month_and_year_edges) {
  EXPECT_EQ(ids("on:2017-02"), (Ids{"b1", "b2"}));
  EXPECT_EQ(ids("on:2017"), (Ids{"b1", "b2", "b3"}));
  EXPECT_EQ(ids("on:2016-12-31"), (Ids{"b4"}));
  EXPECT_EQ(ids("on:2016-12"), (Ids{"b4"}));
  EXPECT_EQ(ids("after:2016-12-31"), (Ids{"b1", "b2", "b3"}));
  EXPECT_EQ(ids("after:2016"), (Ids{"b1", "b2", "b3"}));
  EXPECT_EQ(ids("before:2017-01-01"), (Ids{"b4", "b6", "b5"}));
  EXPECT_EQ(ids("before:2017"), (Ids{"b4", "b6", "b5"}));
  EXPECT_EQ(ids("2016-12-31..2017-01-01"), (Ids{"b3", "b4"}));
  EXPECT_EQ(ids("2016-12..2017-01"), (Ids{"b3", "b4"}));
  EXPECT_EQ(ids("2016-02"), (Ids{"b5"}));  // February of a leap year
  EXPECT_EQ(ids("on:2016-02-29"), (Ids{"b5"}));
  EXPECT_EQ(ids("after:2016-02-28 before:2016-03-01"), (Ids{"b5"}));
  EXPECT_EQ(ids("after:2016-02"), (Ids{"b1", "b2", "b3", "b4", "b6"}));
  EXPECT_EQ(ids("2017-02-19.."), (Ids{"b1"}));
  EXPECT_EQ(ids("..2016-02-29"), (Ids{"b5"}));
  EXPECT_EQ(ids("iran on:2017"), (Ids{"b1", "b2"}));
  EXPECT_EQ(ids("-on:2017"), (Ids{"b4", "b6", "b5", "b7"}));  // undated is "not in 2017"
  EXPECT_EQ(ids("on:2017-02-20 OR on:2016-12-31"), (Ids{"b1", "b4"}));
}

TEST_F(SearchTest, unspaced_scripts_match_by_substring) {
  EXPECT_EQ(ids("ایران"), (Ids{"b6"}));
  EXPECT_EQ(ids("ارجه"), (Ids{"b6"}));  // inside a word
  EXPECT_EQ(ids("\"امور خارجه\""), (Ids{"b6"}));
  EXPECT_EQ(ids("\"خارجه امور\""), Ids{});
  EXPECT_EQ(ids("ایرانی"), Ids{});
  EXPECT_EQ(ids("外交部"), (Ids{"b6"}));
  EXPECT_EQ(ids("人民"), (Ids{"b6"}));
  EXPECT_EQ(ids("中"), (Ids{"b6"}));
  EXPECT_EQ(ids("中国"), Ids{});
  EXPECT_EQ(ids("ايران"), (Ids{"b6"}));  // Arabic yeh finds Persian yeh
}

TEST_F(SearchTest, flags_come_from_the_reader) {
  EXPECT_EQ(ids("is:starred"), Ids{});  // nothing is starred without marks
  EXPECT_EQ(ids("is:unread").size(), 7u);
  const FlagLookup marks = [](uint32_t brief, BriefFlag flag) {
    if (flag == BriefFlag::kStarred) return brief == 1 || brief == 4;
    return brief != 0;  // b1 was read
  };
  EXPECT_EQ(ids("is:starred", &marks), (Ids{"b2", "b5"}));
  EXPECT_EQ(ids("is:starred iran", &marks), (Ids{"b2", "b5"}));
  EXPECT_EQ(ids("is:read", &marks), (Ids{"b1"}));
  EXPECT_EQ(ids("iran -is:unread", &marks), (Ids{"b1"}));
  EXPECT_EQ(ids("is:starred OR ahvaz", &marks), (Ids{"b1", "b2", "b5"}));
}

TEST_F(SearchTest, hostile_queries_give_correct_results) {
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "iran ";
  EXPECT_EQ(ids(words), (Ids{"b1", "b2", "b5"}));
  std::string ors;
  for (int i = 0; i < 3000; ++i) ors += "ahvaz OR tehran OR ";
  EXPECT_EQ(ids(ors), (Ids{"b1", "b2"}));
  EXPECT_EQ(ids(std::string(10000, 'x')), Ids{});
  EXPECT_EQ(ids(std::string(10000, '"')).size(), 7u);
  EXPECT_EQ(ids(std::string(5000, '(') + "ahvaz"), (Ids{"b1"}));
  EXPECT_EQ(ids("\"human rights"), (Ids{"b2", "b4"}));
  EXPECT_EQ(ids("- OR * ( ) :").size(), 7u);
}

TEST(SearchRankTest, best_match_puts_title_and_frequent_matches_first) {
  LoadResult r = parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[
    {"id":"once","date":"2017-02-20","title":"Markets","body":["Prices of oil and gas and grain and many other things moved today."]},
    {"id":"title","date":"2017-02-19","title":"Oil prices","body":["Crude oil rose."]},
    {"id":"none","date":"2017-02-18","title":"Other","body":["Nothing here."]},
    {"id":"body","date":"2017-02-17","title":"Energy","body":["Oil, oil and more oil."]}]})"));
  ASSERT_TRUE(r.ok);
  const SearchIndex index = SearchIndex::build(r.bundle);
  SearchOptions options;
  options.best_match = true;
  const SearchResult result = run_search(index, r.bundle, parse_query("oil "), options);
  std::vector<std::string> ranked;
  for (uint32_t b : result.ranked) ranked.emplace_back(r.bundle.briefs[b].id);
  EXPECT_EQ(ranked, (std::vector<std::string>{"title", "body", "once"}));
  EXPECT_EQ(result.total, 3u);
  EXPECT_EQ(result.groups.size(), 3u);  // the day groups are still there
  // Without matching words (dates only) the order stays newest first.
  const SearchResult dated = run_search(index, r.bundle, parse_query("on:2017-02"), options);
  EXPECT_EQ(dated.ranked, (std::vector<uint32_t>{0, 1, 2, 3}));
}

}  // namespace
}  // namespace br
