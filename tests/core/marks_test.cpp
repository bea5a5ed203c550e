// Read/starred marks: saved by id, restored onto the same or a regenerated bundle, and corrupt
// saved state is refused rather than half-applied.
#include <gtest/gtest.h>

#include "marks.h"
#include "parse.h"

namespace br {
namespace {

Bundle make_bundle(std::string_view json) {
  LoadResult r = parse_bundle(PaddedBytes::copy_of(json));
  EXPECT_TRUE(r.ok);
  return std::move(r.bundle);
}

constexpr std::string_view kThree = R"({"version":1,"title":"T","briefs":[
  {"id":"a","title":"A","body":["x"]},{"id":"b","title":"B","body":["y"]},
  {"id":"c","title":"C","body":["z"]}]})";

TEST(MarksTest, round_trip_keeps_read_and_starred_by_id) {
  const Bundle bundle = make_bundle(kThree);
  Marks marks;
  marks.reset(bundle.briefs.size());
  marks.set(0, Marks::kRead, true);
  marks.set(2, Marks::kRead, true);
  marks.set(2, Marks::kStarred, true);
  const std::string saved = marks_to_json(bundle, marks);
  EXPECT_EQ(saved, R"({"version":1,"read":["a","c"],"starred":["c"]})");
  Marks restored;
  ASSERT_TRUE(marks_from_json(bundle, saved, restored));
  EXPECT_EQ(restored.flags, marks.flags);
  EXPECT_EQ(restored.count(Marks::kRead), 2u);
  EXPECT_EQ(restored.count(Marks::kStarred), 1u);
}

TEST(MarksTest, restores_onto_a_bundle_with_other_briefs_by_id) {
  const Bundle bigger = make_bundle(R"({"version":1,"title":"T","briefs":[
    {"id":"new","title":"N","body":["n"]},{"id":"c","title":"C","body":["z"]}]})");
  Marks marks;
  ASSERT_TRUE(marks_from_json(bigger, R"({"version":1,"read":["a","c"],"starred":["gone"]})", marks));
  EXPECT_FALSE(marks.has(0, Marks::kRead));
  EXPECT_TRUE(marks.has(1, Marks::kRead));
  EXPECT_EQ(marks.count(Marks::kStarred), 0u);
}

TEST(MarksTest, corrupt_saved_state_is_refused_and_leaves_no_marks) {
  const Bundle bundle = make_bundle(kThree);
  for (std::string_view bad : {"", "not json", "[1,2]", R"({"read":"a"})", R"({"read":[1]})",
                               R"({"read":["a"],"starred":[)"}) {
    Marks marks;
    EXPECT_FALSE(marks_from_json(bundle, bad, marks)) << bad;
    EXPECT_EQ(marks.count(Marks::kRead), 0u) << bad;
    EXPECT_EQ(marks.flags.size(), bundle.briefs.size());
  }
}

TEST(MarksTest, key_is_the_bundle_title_or_its_source) {
  const Bundle bundle = make_bundle(kThree);
  EXPECT_EQ(marks_key(bundle, "x.json"), "T");
  const Bundle untitled = make_bundle(R"({"version":1,"briefs":[]})");
  EXPECT_EQ(marks_key(untitled, "x.json"), "x.json");
}

}  // namespace
}  // namespace br
