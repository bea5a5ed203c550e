// The bundle model: the text arena, lookup by id, derived titles and ids.
#include "bundle.h"

#include <gtest/gtest.h>

#include <string>

#include "date.h"

namespace br {
namespace {

TEST(BundleTest, arena_views_survive_growth_and_moves) {
  TextArena arena;
  const std::string_view first = arena.store("first");
  std::string_view last;
  for (int i = 0; i < 20000; ++i)
    last = arena.store("some text that fills blocks " + std::to_string(i));
  const std::string big(200 * 1024, 'x');
  const std::string_view big_view = arena.store(big);
  const std::string_view after_big = arena.store("small after big");
  TextArena moved = std::move(arena);
  EXPECT_EQ(first, "first");
  EXPECT_EQ(last, "some text that fills blocks 19999");
  EXPECT_EQ(big_view, big);
  EXPECT_EQ(after_big, "small after big");
  EXPECT_GE(moved.bytes_reserved(), moved.bytes_used());
  // A big string gets its own block: the small ones still share 64 KiB blocks.
  EXPECT_LT(moved.bytes_reserved(), moved.bytes_used() + 2 * 64 * 1024);
  EXPECT_TRUE(moved.store("").empty());
}

TEST(BundleTest, find_returns_the_index_of_an_id_or_minus_one) {
  Bundle bundle;
  Brief a, b;
  a.id = bundle.text.store("a");
  b.id = bundle.text.store("b");
  bundle.briefs = {a, b};
  EXPECT_EQ(bundle.find("a"), 0);
  EXPECT_EQ(bundle.find("b"), 1);
  EXPECT_EQ(bundle.find("c"), -1);
  EXPECT_EQ(bundle.find(""), -1);
}

TEST(BundleTest, derive_title_cuts_at_a_word_boundary_with_an_ellipsis) {
  TextArena arena;
  EXPECT_EQ(derive_title("Short and sweet.", 80, arena), "Short and sweet.");
  EXPECT_EQ(derive_title("  Spaces\n and\tbreaks  collapse ", 80, arena),
            "Spaces and breaks collapse");
  // At most ten words...
  EXPECT_EQ(derive_title("one two three four five six seven eight nine ten eleven", 80, arena),
            "one two three four five six seven eight nine ten…");
  // ...and at most max_bytes, dropping a dangling comma or dash.
  EXPECT_EQ(derive_title("Alpha beta, gamma delta", 12, arena), "Alpha beta…");
  EXPECT_EQ(
      derive_title("unrest in Khuzestan \xE2\x80\x93 Iran\xE2\x80\x99s main oil field", 22, arena),
      "unrest in Khuzestan…");
  EXPECT_EQ(derive_title("", 80, arena), "");
}

TEST(BundleTest, derive_title_never_splits_a_utf8_sequence) {
  TextArena arena;
  const std::string word = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // one 10-byte word
  EXPECT_EQ(derive_title(word + " x", 5, arena), "\xC3\xA9\xC3\xA9…");
}

TEST(BundleTest, derive_id_hashes_date_source_dateline_title_and_lede) {
  Bundle bundle;
  bundle.paragraphs = {bundle.text.store("Lede.")};
  Brief b;
  b.source = bundle.text.store("S");
  b.title = bundle.text.store("T");
  b.day = days_from_civil(2017, 2, 20);
  b.paragraph_count = 1;
  const std::string id(derive_id(bundle, b, bundle.text));
  EXPECT_EQ(id.size(), 14u);
  EXPECT_EQ(id.substr(0, 2), "b-");
  EXPECT_EQ(id, derive_id(bundle, b, bundle.text));
  Brief other = b;
  other.day = kUndated;
  EXPECT_NE(id, derive_id(bundle, other, bundle.text));
  other = b;
  other.paragraph_count = 0;
  EXPECT_NE(id, derive_id(bundle, other, bundle.text));
  other = b;  // moving text between fields changes the id
  other.source = bundle.text.store("");
  other.dateline = bundle.text.store("S");
  EXPECT_NE(id, derive_id(bundle, other, bundle.text));
}

}  // namespace
}  // namespace br
