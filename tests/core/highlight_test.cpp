// Highlight ranges map back to the exact original bytes (multi-byte letters, decomposed accents,
// unspaced scripts), only positive terms are marked in the fields they search, and snippets cut
// at word boundaries around the first match.
#include "highlight.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse.h"

namespace br {
namespace {

std::vector<std::string> marked(std::string_view query, std::string_view text,
                                TextField field = TextField::kBody) {
  std::vector<std::string> out;
  for (const ByteRange& r : match_ranges(parse_query(query), text, field)) {
    EXPECT_LE(r.begin, r.end);
    EXPECT_LE(r.end, text.size());
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}
using Marks = std::vector<std::string>;

TEST(HighlightTest, ranges_cover_the_original_multibyte_text) {
  EXPECT_EQ(marked("gerard ", "MEP Gérard Deprez and GÉRARD"), (Marks{"Gérard", "GÉRARD"}));
  const auto r = match_ranges(parse_query("gerard "), "MEP Gérard", TextField::kBody);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (ByteRange{4, 11}));                                         // é is two bytes
  EXPECT_EQ(marked("gerard ", "Ge\xCC\x81rard!"), (Marks{"Ge\xCC\x81rard"}));  // decomposed é
  EXPECT_EQ(marked("strasse ", "Die Straße."), (Marks{"Straße"}));
  EXPECT_EQ(marked("λογοσ ", "ο λόγος."), (Marks{"λόγος"}));
  EXPECT_EQ(marked("елка ", "И Ёлка!"), (Marks{"Ёлка"}));
}

TEST(HighlightTest, phrases_and_apostrophe_words_are_marked_whole) {
  EXPECT_EQ(marked("\"human rights\"", "Human rights groups, human and rights."),
            (Marks{"Human rights"}));
  EXPECT_EQ(marked("Iran's ", "Iran’s oil and Iran's gas"), (Marks{"Iran’s", "Iran's"}));
  EXPECT_EQ(marked("“the event”", "chaired “the event”."), (Marks{"the event"}));
}

TEST(HighlightTest, prefixes_mark_the_whole_word) {
  EXPECT_EQ(marked("prot", "Protests and protesters, not a pro."),
            (Marks{"Protests", "protesters"}));
  EXPECT_EQ(marked("kh* ", "Khuzestan's Khamenei"), (Marks{"Khuzestan", "Khamenei"}));
}

TEST(HighlightTest, unspaced_scripts_mark_the_substring_only) {
  const std::string text = "وزارت امور خارجه ایران";
  EXPECT_EQ(marked("ارجه", text), (Marks{"ارجه"}));
  EXPECT_EQ(marked("\"امور خارجه\"", text), (Marks{"امور خارجه"}));
  EXPECT_EQ(marked("人民", "中华人民共和国人民"), (Marks{"人民", "人民"}));
  // Harakat inside the match stay inside the marked range.
  EXPECT_EQ(marked("محمد", "x مُحَمَّد y"), (Marks{"مُحَمَّد"}));
  EXPECT_EQ(marked("ايران", "ایران"), (Marks{"ایران"}));  // Arabic yeh marks Persian yeh
}

TEST(HighlightTest, only_positive_terms_in_their_fields) {
  EXPECT_EQ(marked("oil -gas ", "oil and gas"), (Marks{"oil"}));
  EXPECT_EQ(marked("-(oil OR gas) x ", "oil and gas x"), (Marks{"x"}));
  EXPECT_EQ(marked("title:oil gas ", "oil and gas", TextField::kBody), (Marks{"gas"}));
  EXPECT_EQ(marked("title:oil gas ", "oil and gas", TextField::kTitle), (Marks{"oil", "gas"}));
  EXPECT_EQ(marked("tag:oil gas ", "oil gas", TextField::kTag), (Marks{"oil"}));
  EXPECT_EQ(marked("on:2017 is:starred ", "2017 starred"), Marks{});
  EXPECT_EQ(marked("", "anything"), Marks{});
}

TEST(HighlightTest, overlapping_matches_merge) {
  const auto r = match_ranges(parse_query("\"a b\" \"b c\" "), "a b c d", TextField::kBody);
  EXPECT_EQ(r, (std::vector<ByteRange>{{0, 5}}));
  const auto adjacent = match_ranges(parse_query("ab* abc "), "abc", TextField::kBody);
  EXPECT_EQ(adjacent, (std::vector<ByteRange>{{0, 3}}));
}

class SnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult r = parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[
      {"id":"a","title":"Unrest","body":["The first paragraph says nothing about it at all, really nothing.",
        "Amid heightened political tensions between the United States and Iran, there is huge unrest in Khuzestan – Iran’s main oil field province, where Gérard Deprez visited the protesters after the long winter."]},
      {"id":"b","title":"No body"}]})"));
    ASSERT_TRUE(r.ok);
    bundle_ = std::move(r.bundle);
  }
  Snippet snippet(std::string_view q, size_t max = 80) {
    return make_snippet(parse_query(q), bundle_, bundle_.briefs[0], max);
  }
  std::vector<std::string> highlighted(const Snippet& s) {
    std::vector<std::string> out;
    for (const ByteRange& r : s.highlights) {
      EXPECT_LE(r.end, s.text.size());
      out.push_back(s.text.substr(r.begin, r.end - r.begin));
    }
    return out;
  }
  Bundle bundle_;
};

TEST_F(SnippetTest, shows_the_paragraph_with_the_first_match_around_it) {
  const Snippet s = snippet("gerard ");
  EXPECT_EQ(s.paragraph, 1);
  // About a quarter of the room goes before the match, starting at a word.
  EXPECT_EQ(s.text, "…province, where Gérard Deprez visited the protesters after the long winter.");
  EXPECT_EQ(highlighted(s), (Marks{"Gérard"}));
  EXPECT_LE(s.text.size(), 80u + 6u);  // plus the two ellipses
}

TEST_F(SnippetTest, starts_at_the_lede_when_the_match_is_near_the_start_or_absent) {
  const Snippet amid = snippet("amid ");
  EXPECT_EQ(amid.paragraph, 1);
  EXPECT_EQ(amid.text.rfind("Amid heightened political", 0), 0u);
  EXPECT_EQ(highlighted(amid), (Marks{"Amid"}));
  const Snippet none = snippet("unrest title:unrest ");  // "unrest" is in paragraph 2 too
  EXPECT_EQ(none.paragraph, 1);
  const Snippet title_only = snippet("title:unrest ");
  EXPECT_EQ(title_only.paragraph, 0);
  EXPECT_EQ(title_only.text, "The first paragraph says nothing about it at all, really nothing.");
  EXPECT_TRUE(title_only.highlights.empty());
}

TEST_F(SnippetTest, marks_every_match_inside_the_snippet_and_never_splits_a_letter) {
  const Snippet s = snippet("iran oil ", 100);
  EXPECT_EQ(s.text,
            "…the United States and Iran, there is huge unrest in Khuzestan – Iran’s main oil "
            "field province…");
  EXPECT_EQ(highlighted(s), (Marks{"Iran", "Iran", "oil"}));
  for (size_t max = 10; max < 120; ++max) {
    const Snippet cut = snippet("deprez ", max);
    for (const ByteRange& r : cut.highlights)
      EXPECT_EQ(cut.text.substr(r.begin, r.end - r.begin), "Deprez");
    size_t i = 0;  // every byte sequence is whole UTF-8
    while (i < cut.text.size()) {
      const unsigned char c = static_cast<unsigned char>(cut.text[i]);
      const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      for (size_t k = 1; k < len; ++k)
        ASSERT_EQ(static_cast<unsigned char>(cut.text[i + k]) & 0xC0, 0x80) << max;
      i += len;
    }
  }
}

TEST(SnippetDerivedTitleTest, without_a_match_a_derived_title_is_not_repeated) {
  LoadResult r = parse_bundle(PaddedBytes::copy_of(R"({"version":1,"title":"T","briefs":[
    {"id":"a","body":["Repeated periods of asphyxiating dust storms, lately accompanied by crippling power and water supply cuts, have aggravated public protests in the city of Ahvaz."]},
    {"id":"b","body":["A short lede.", "The second paragraph."]},
    {"id":"c","body":["Only a lede."]}]})"));
  ASSERT_TRUE(r.ok);
  const Bundle& bundle = r.bundle;
  ASSERT_TRUE(bundle.briefs[0].title_derived);
  const std::string title(bundle.briefs[0].title);  // the lede's first words, then "…"
  ASSERT_EQ(title.rfind("Repeated periods of asphyxiating", 0), 0u);
  const std::string shown = title.substr(0, title.size() - std::string("…").size());
  // No query: the snippet goes on where the title stopped.
  const Snippet next = make_snippet(parse_query(""), bundle, bundle.briefs[0], 60);
  EXPECT_EQ(next.paragraph, 0);
  ASSERT_EQ(next.text.rfind("…", 0), 0u);
  const std::string lede(bundle.body(bundle.briefs[0])[0]);
  const std::string rest = next.text.substr(std::string("…").size());
  EXPECT_EQ(lede.find(rest.substr(0, rest.size() - std::string("…").size())), shown.size() + 1);
  EXPECT_TRUE(next.highlights.empty());
  // A match in the body is shown where it is, even inside the title's words.
  const Snippet dust = make_snippet(parse_query("dust "), bundle, bundle.briefs[0], 60);
  ASSERT_EQ(dust.highlights.size(), 1u);
  EXPECT_EQ(dust.text.substr(dust.highlights[0].begin, 4), "dust");
  // A title that took the whole lede: the next paragraph; nothing more to say: no snippet.
  const Snippet second = make_snippet(parse_query(""), bundle, bundle.briefs[1], 60);
  EXPECT_EQ(second.paragraph, 1);
  EXPECT_EQ(second.text, "The second paragraph.");
  const Snippet none = make_snippet(parse_query(""), bundle, bundle.briefs[2], 60);
  EXPECT_TRUE(none.text.empty());
}

TEST_F(SnippetTest, a_brief_without_body_has_no_snippet) {
  const Snippet s = make_snippet(parse_query("x"), bundle_, bundle_.briefs[1]);
  EXPECT_EQ(s.paragraph, -1);
  EXPECT_TRUE(s.text.empty());
}

}  // namespace
}  // namespace br
