// The reader's state machine: loading, grouping by day, filtering, selection and state_json.
#include "reader_state.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "date.h"
#include "digest.h"
#include "test_data.h"

namespace br {
namespace {

std::vector<uint32_t> briefs_of(const DayGroup& g) { return {g.briefs.begin(), g.briefs.end()}; }

LoadResult parse(std::string_view json) {
  return parse_bundle(PaddedBytes::copy_of(json));
}

ReaderState loaded_sample() {
  ReaderState state;
  apply_load(state, parse_digest(test::sample_digest(), 2017, "Iran Focus digest, February 2017"),
             "default bundle");
  return state;
}

TEST(ReaderStateTest, groups_the_sample_by_day_newest_first_and_undated_last) {
  const ReaderState state = loaded_sample();
  ASSERT_TRUE(state.loaded);
  EXPECT_EQ(state.source_name, "default bundle");
  EXPECT_EQ(state.visible_count, 24u);
  ASSERT_EQ(state.groups.size(), 11u);
  EXPECT_EQ(state.groups[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(briefs_of(state.groups[0]), (std::vector<uint32_t>{0}));
  EXPECT_EQ(state.groups[1].day, days_from_civil(2017, 2, 18));
  EXPECT_EQ(briefs_of(state.groups[1]), (std::vector<uint32_t>{1, 3}));  // input order within a day
  EXPECT_EQ(state.groups[6].day, days_from_civil(2017, 2, 13));
  EXPECT_EQ(briefs_of(state.groups[6]), (std::vector<uint32_t>{2, 4, 6, 14}));
  EXPECT_EQ(state.groups[8].day, days_from_civil(2017, 2, 8));
  EXPECT_EQ(state.groups[9].day, days_from_civil(2016, 8, 11));
  EXPECT_EQ(briefs_of(state.groups[9]), (std::vector<uint32_t>{23}));
  EXPECT_EQ(state.groups[10].day, kUndated);
  EXPECT_EQ(briefs_of(state.groups[10]), (std::vector<uint32_t>{16, 17, 18, 19, 20, 21, 22}));
  for (size_t i = 1; i + 1 < state.groups.size(); ++i)
    EXPECT_GT(state.groups[i - 1].day, state.groups[i].day);
}

TEST(ReaderStateTest, filters_groups_by_query_and_keeps_the_selection) {
  ReaderState state = loaded_sample();
  ASSERT_TRUE(select_brief(state, state.bundle.briefs[0].id));
  const uint64_t before = state.revision;
  set_query(state, "khuzestan");
  EXPECT_EQ(state.revision, before + 1);
  EXPECT_EQ(state.visible_count, 3u);  // the 20, 18 and 16 Feb briefs
  ASSERT_EQ(state.groups.size(), 3u);
  EXPECT_EQ(state.groups[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(state.selected, 0);

  set_query(state, "khuzestan dust");
  EXPECT_EQ(state.visible_count, 2u);
  EXPECT_EQ(briefs_of(state.groups[0]), (std::vector<uint32_t>{1}));
  EXPECT_EQ(briefs_of(state.groups[1]), (std::vector<uint32_t>{7}));
  set_query(state, "no such words");
  EXPECT_EQ(state.visible_count, 0u);
  EXPECT_TRUE(state.groups.empty());
  EXPECT_EQ(state.selected, 0);  // kept even when filtered out
  set_query(state, "");
  EXPECT_EQ(state.visible_count, 24u);
}

TEST(ReaderStateTest, bumps_the_revision_only_on_real_changes) {
  ReaderState state;
  EXPECT_EQ(state.revision, 0u);
  apply_load(state, parse(R"({"version":1,"title":"T","briefs":[{"id":"a","title":"A"}]})"), "x");
  EXPECT_EQ(state.revision, 1u);
  set_query(state, "a");
  EXPECT_EQ(state.revision, 2u);
  set_query(state, "a");
  EXPECT_EQ(state.revision, 2u);
  select_index(state, 0);
  EXPECT_EQ(state.revision, 3u);
  select_index(state, 0);
  EXPECT_EQ(state.revision, 3u);
  EXPECT_FALSE(select_brief(state, "missing"));
  EXPECT_EQ(state.revision, 3u);
  EXPECT_EQ(state.selected, 0);
  select_index(state, 7);  // out of range: nothing selected
  EXPECT_EQ(state.selected, -1);
  EXPECT_EQ(state.revision, 4u);
}

TEST(ReaderStateTest, a_failed_load_keeps_the_current_bundle_and_explains) {
  ReaderState state = loaded_sample();
  set_query(state, "iran");
  ASSERT_TRUE(select_brief(state, state.bundle.briefs[2].id));
  const uint64_t before = state.revision;
  apply_load(state, parse("{\"briefs\": [1,]}"), "broken.json");
  EXPECT_EQ(state.revision, before + 1);
  EXPECT_EQ(state.bundle.briefs.size(), 24u);
  EXPECT_EQ(state.source_name, "default bundle");
  EXPECT_EQ(state.selected, 2);
  ASSERT_EQ(state.diagnostics.size(), 1u);
  EXPECT_TRUE(state.diagnostics[0].is_error());
}

TEST(ReaderStateTest, a_successful_load_replaces_the_bundle_keeps_the_query_clears_selection) {
  ReaderState state = loaded_sample();
  set_query(state, "headline");
  select_index(state, 3);
  apply_load(state, parse(R"({"version":1,"title":"New","briefs":[{"id":"h","title":"A headline"},
                                                           {"id":"o","title":"Other"}]})"),
             "new.json");
  EXPECT_EQ(state.bundle.title, "New");
  EXPECT_EQ(state.source_name, "new.json");
  EXPECT_EQ(state.query, "headline");
  EXPECT_EQ(state.selected, -1);
  EXPECT_EQ(state.visible_count, 1u);
  EXPECT_TRUE(state.diagnostics.empty());
}

TEST(ReaderStateTest, state_json_describes_the_reader) {
  ReaderState state;
  EXPECT_EQ(state_json(state),
            R"({"title":"","source":"","loaded":false,"revision":0,"briefCount":0,"groups":[],)"
            R"("query":"","visibleCount":0,"totalHits":0,"hint":null,"bestMatch":false,)"
            R"("indexing":null,"archive":null,"selectedId":null,"errors":[],"warnings":[]})");
  apply_load(state, parse(R"({"version":1,"title":"T \"q\"","briefs":[
    {"id":"a","date":"2017-02-20","title":"A"},{"id":"b","date":"nope","title":"B"}]})"),
             "x.json");
  select_brief(state, "b");
  EXPECT_EQ(
      state_json(state),
      R"({"title":"T \"q\"","source":"x.json","loaded":true,"revision":2,"briefCount":2,)"
      R"("groups":[{"date":"2017-02-20","label":"Monday, 20 February 2017","count":1},)"
      R"({"date":null,"label":"Undated","count":1}],"query":"","visibleCount":2,)"
      R"("totalHits":2,"hint":null,"bestMatch":false,"indexing":null,"archive":null,"selectedId":"b","errors":[],"warnings":[{"message":"\"date\": \"nope\" is not a )"
      R"(date (expected YYYY-MM-DD or an RFC 3339 date-time); the brief is shown as )"
      R"(undated","line":2,"column":65,"briefIndex":1,"briefId":"b","field":"date"}]})");
}

TEST(ReaderStateTest, searches_with_the_query_language_and_reports_hints) {
  ReaderState state = loaded_sample();
  set_query(state, "khuzestan -dust ");
  EXPECT_EQ(state.visible_count, 1u);
  EXPECT_EQ(state.total_hits, 1u);
  EXPECT_EQ(state.groups[0].day, days_from_civil(2017, 2, 20));
  EXPECT_EQ(state.query_hint, "");
  set_query(state, "\"oil field");
  EXPECT_EQ(state.query_hint, "unbalanced quote: searched for the words separately");
  EXPECT_EQ(state.visible_count, 1u);
  const std::string json = state_json(state);
  EXPECT_NE(json.find(R"("visibleCount":1,"totalHits":1,)"
                      R"("hint":"unbalanced quote: searched for the words separately",)"
                      R"("bestMatch":false)"),
            std::string::npos)
      << json;
  set_query(state, "on:2017-02-18");
  ASSERT_EQ(state.groups.size(), 1u);
  EXPECT_EQ(briefs_of(state.groups[0]), (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(describe(state.parsed_query), "date:2017-02-18..2017-02-18");
}

TEST(ReaderStateTest, best_match_ranks_the_same_briefs_and_keeps_the_days) {
  ReaderState state = loaded_sample();
  set_query(state, "khuzestan ");
  const auto groups = state.groups;
  EXPECT_TRUE(state.ranked.empty());
  const uint64_t before = state.revision;
  set_best_match(state, true);
  EXPECT_EQ(state.revision, before + 1);
  set_best_match(state, true);
  EXPECT_EQ(state.revision, before + 1);
  ASSERT_EQ(state.ranked.size(), state.visible_count);
  std::vector<uint32_t> in_groups;
  for (const DayGroup& g : state.groups)
    in_groups.insert(in_groups.end(), g.briefs.begin(), g.briefs.end());
  std::vector<uint32_t> ranked = state.ranked;
  std::sort(ranked.begin(), ranked.end());
  std::sort(in_groups.begin(), in_groups.end());
  EXPECT_EQ(ranked, in_groups);
  EXPECT_EQ(state.groups.size(), groups.size());
  EXPECT_NE(state_json(state).find(R"("bestMatch":true)"), std::string::npos);
  set_best_match(state, false);
  EXPECT_TRUE(state.ranked.empty());
}

TEST(ReaderStateTest, flags_come_from_the_reader_and_refresh_reruns_the_query) {
  ReaderState state = loaded_sample();
  std::vector<bool> starred(state.bundle.briefs.size(), false);
  state.flags = [&starred](uint32_t brief, BriefFlag flag) {
    return flag == BriefFlag::kStarred ? starred[brief] : true;
  };
  set_query(state, "is:starred");
  EXPECT_EQ(state.visible_count, 0u);
  starred[2] = starred[16] = true;
  const uint64_t before = state.revision;
  refresh_search(state);
  EXPECT_EQ(state.revision, before + 1);
  EXPECT_EQ(state.visible_count, 2u);
  EXPECT_EQ(state.groups.back().day, kUndated);  // brief 16 is a headline without a date
}

TEST(ReaderStateTest, a_new_bundle_gets_a_new_index) {
  ReaderState state = loaded_sample();
  set_query(state, "zebra ");
  EXPECT_EQ(state.visible_count, 0u);
  apply_load(state,
             parse(R"({"version":1,"title":"Z","briefs":[{"id":"z","title":"Zebra crossing"}]})"),
             "z.json");
  EXPECT_EQ(state.visible_count, 1u);
  EXPECT_EQ(state.index.doc_count(), 1u);
}

TEST(ReaderStateTest, state_json_lists_errors_of_a_failed_load) {
  ReaderState state;
  apply_load(state, parse(""), "empty.json");
  EXPECT_FALSE(state.loaded);
  const std::string json = state_json(state);
  EXPECT_NE(json.find(R"("errors":[{"message":"the file is empty","line":null,"column":null,)"
                      R"("briefIndex":null,"briefId":null,"field":null}])"),
            std::string::npos)
      << json;
}

// A bundle indexed a slice at a time: every brief is listed by day at once, the query waits, and
// once the index is done the reader is exactly what a one-step load gives.
TEST(ReaderStateTest, an_index_built_a_slice_at_a_time_lists_at_once_and_then_searches) {
  std::string json = R"({"version":1,"title":"Many","briefs":[)";
  for (int i = 0; i < 900; ++i) {
    if (i) json += ',';
    json += R"({"id":"b)" + std::to_string(i) + R"(","date":"2017-02-)" +
            (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + R"(","title":"Brief )" +
            std::to_string(i) + R"(","body":"The )" + (i % 3 == 0 ? "storm" : "calm") +
            R"( over the city, report )" + std::to_string(i) + R"(."})";
  }
  json += "]}";
  ReaderState whole;
  apply_load(whole, parse(json), "many.json");
  set_query(whole, "storm");

  ReaderState sliced;
  begin_load(sliced, parse(json), "many.json");
  ASSERT_GE(index_progress(sliced), 0.0);
  EXPECT_EQ(sliced.visible_count, 900u);  // listed at once, by day
  EXPECT_EQ(sliced.groups.size(), 28u);
  EXPECT_EQ(sliced.groups.front().day, whole.bundle.briefs[27].day);  // 28 February first
  EXPECT_NE(state_json(sliced).find(R"("indexing":0)"), std::string::npos);
  set_query(sliced, "storm");
  EXPECT_EQ(sliced.visible_count, 900u) << "the query waits for the index";
  int steps = 0;
  double last = index_progress(sliced);
  while (advance_index(sliced, 0.0)) {  // a zero budget still does a slice
    ++steps;
    ASSERT_GE(index_progress(sliced), last);
    last = index_progress(sliced);
    ASSERT_LT(steps, 10000);
  }
  EXPECT_GT(steps, 2) << "a slice at a time, not all at once";
  EXPECT_LT(index_progress(sliced), 0.0);
  EXPECT_EQ(sliced.visible_count, 300u);
  EXPECT_EQ(sliced.visible_count, whole.visible_count);
  ASSERT_EQ(sliced.groups.size(), whole.groups.size());
  for (size_t g = 0; g < whole.groups.size(); ++g) {
    EXPECT_EQ(sliced.groups[g].day, whole.groups[g].day);
    EXPECT_EQ(briefs_of(sliced.groups[g]), briefs_of(whole.groups[g]));
  }
  for (const char* q : {"\"over the city\"", "rep*", "calm -storm", "title:brief on:2017-02-03"}) {
    set_query(whole, q);
    set_query(sliced, q);
    EXPECT_EQ(sliced.visible_count, whole.visible_count) << q;
  }
  // A new load while indexing drops the old build and starts over on the new bundle.
  begin_load(sliced, parse(json), "again.json");
  begin_load(sliced, parse(R"({"version":1,"title":"One","briefs":[{"id":"x","title":"storm"}]})"), "one.json");
  while (advance_index(sliced, 0.0)) {
  }
  set_query(sliced, "storm");
  EXPECT_EQ(sliced.visible_count, 1u);
}

}  // namespace
}  // namespace br
