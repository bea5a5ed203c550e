// The query language: each operator, precedence, fields, dates, flags, as-you-type prefixes, and
// malformed or hostile input, which must parse to something sensible with a hint.
#include "query.h"

#include <gtest/gtest.h>

#include <string>

namespace br {
namespace {

std::string tree(std::string_view q) {
  return describe(parse_query(q));
}
std::string hint(std::string_view q) {
  return parse_query(q).hint;
}

TEST(QueryParseTest, empty_and_blank_queries_match_everything_without_a_hint) {
  EXPECT_TRUE(parse_query("").matches_everything());
  EXPECT_TRUE(parse_query("  \t ").matches_everything());
  EXPECT_EQ(hint(""), "");
  EXPECT_EQ(hint("   "), "");
}

TEST(QueryParseTest, words_are_folded_and_all_required) {
  EXPECT_EQ(tree("Gérard  DEPREZ "), R"((and "gerard" "deprez"))");
  EXPECT_EQ(tree("iran "), R"("iran")");
}

TEST(QueryParseTest, the_last_word_being_typed_is_a_prefix) {
  EXPECT_EQ(tree("khuzestan pro"), R"((and "khuzestan" "pro*"))");
  EXPECT_EQ(tree("khuzestan pro "), R"((and "khuzestan" "pro"))");  // a space ends the word
  EXPECT_EQ(tree("i"), R"("i")");                                   // one letter: not yet
  EXPECT_EQ(tree("ir"), R"("ir*")");
  EXPECT_EQ(tree("-ir"), R"((not "ir"))");           // exclusions are never prefixes
  EXPECT_EQ(tree("\"human ri\""), R"("human ri")");  // nor words in quotes
  EXPECT_EQ(tree("title:kh"), R"(title:"kh*")");
  EXPECT_EQ(tree("al-as"), R"("al as*")");
  EXPECT_EQ(tree("تهر"), R"("تهر")");  // unspaced scripts match by substring anyway
}

TEST(QueryParseTest, star_makes_a_prefix) {
  EXPECT_EQ(tree("prot* x "), R"((and "prot*" "x"))");
  EXPECT_EQ(tree("p* "), R"("p*")");
  EXPECT_EQ(tree("* "), "(all)");
}

TEST(QueryParseTest, quotes_make_phrases_straight_curly_or_angled) {
  EXPECT_EQ(tree(R"("human rights")"), R"("human rights")");
  EXPECT_EQ(tree("“human rights”"), R"("human rights")");
  EXPECT_EQ(tree("«human rights»"), R"("human rights")");
  EXPECT_EQ(tree(R"("Iran’s" )"), R"("iran s")");
  EXPECT_EQ(tree(R"("one" )"), R"("one")");
  EXPECT_EQ(tree(R"("" x )"), R"("x")");
}

TEST(QueryParseTest, a_word_with_apostrophes_or_dashes_is_a_phrase_of_its_parts) {
  EXPECT_EQ(tree("Iran's "), R"("iran s")");
  EXPECT_EQ(tree("Iran’s "), R"("iran s")");
  EXPECT_EQ(tree("al-Assad "), R"("al assad")");
}

TEST(QueryParseTest, minus_excludes_words_phrases_and_groups) {
  EXPECT_EQ(tree("iran -iraq "), R"((and "iran" (not "iraq")))");
  EXPECT_EQ(tree(R"(-"human rights" x )"), R"((and (not "human rights") "x"))");
  EXPECT_EQ(tree("-(a OR b) "), R"((not (or "a" "b")))");
  EXPECT_EQ(tree("pro- x "), R"((and "pro" "x"))");  // a dash inside or after a word is a separator
  EXPECT_EQ(tree("- x "), R"("x")");
}

TEST(QueryParseTest, and_binds_tighter_than_or) {
  EXPECT_EQ(tree("a b OR c "), R"((or (and "a" "b") "c"))");
  EXPECT_EQ(tree("a OR b c "), R"((or "a" (and "b" "c")))");
  EXPECT_EQ(tree("a OR b OR c "), R"((or "a" "b" "c"))");
  EXPECT_EQ(tree("(a OR b) c "), R"((and (or "a" "b") "c"))");
  EXPECT_EQ(tree("a or b "), R"((and "a" "or" "b"))");  // only capital OR is the operator
}

TEST(QueryParseTest, fields_take_a_word_a_phrase_or_a_prefix) {
  EXPECT_EQ(tree(R"(title:iran source:"Iran Focus" tag:kh* dateline:London )"),
            R"((and title:"iran" source:"iran focus" tag:"kh*" dateline:"london"))");
  EXPECT_EQ(tree("Title:Iran "), R"(title:"iran")");
  EXPECT_EQ(tree("-source:reuters "), R"((not source:"reuters"))");
}

TEST(QueryParseTest, dates_on_after_before_and_bare_months_and_ranges) {
  EXPECT_EQ(tree("on:2017-02-20"), "date:2017-02-20..2017-02-20");
  EXPECT_EQ(tree("on:2017-02"), "date:2017-02-01..2017-02-28");
  EXPECT_EQ(tree("on:2016-02"), "date:2016-02-01..2016-02-29");  // leap year
  EXPECT_EQ(tree("on:2017"), "date:2017-01-01..2017-12-31");
  EXPECT_EQ(tree("after:2017-02-10"), "date:2017-02-11..");
  EXPECT_EQ(tree("after:2016-12"), "date:2017-01-01..");
  EXPECT_EQ(tree("before:2017-03-01"), "date:..2017-02-28");
  EXPECT_EQ(tree("before:2017"), "date:..2016-12-31");
  EXPECT_EQ(tree("2017-02"), "date:2017-02-01..2017-02-28");
  EXPECT_EQ(tree("2017-02-20"), "date:2017-02-20..2017-02-20");
  EXPECT_EQ(tree("2017-02-10..2017-02-15"), "date:2017-02-10..2017-02-15");
  EXPECT_EQ(tree("2016-12..2017-01"), "date:2016-12-01..2017-01-31");
  EXPECT_EQ(tree("2017-02-10.."), "date:2017-02-10..");
  EXPECT_EQ(tree("..2017-02-15"), "date:..2017-02-15");
  EXPECT_EQ(tree("on:2017-02-10..2017-02-15"), "date:2017-02-10..2017-02-15");
  EXPECT_EQ(tree("2017 "), R"("2017")");  // a bare year is a word: years are often in the text
  EXPECT_EQ(tree("-on:2017 x "), R"((and (not date:2017-01-01..2017-12-31) "x"))");
}

TEST(QueryParseTest, impossible_dates_are_searched_as_text_with_a_hint) {
  const Query q = parse_query("on:2017-02-30 ");
  EXPECT_EQ(describe(q), R"("on 2017 02 30")");
  EXPECT_EQ(q.hint, "on:2017-02-30 is not a date: searched for it as text");
  EXPECT_EQ(tree("2017-13 "), R"("2017 13")");
  EXPECT_EQ(hint("2017-13 "), "2017-13 is not a date: searched for it as text");
  EXPECT_EQ(hint("2015-02-29..2015-03-01 "),
            "2015-02-29..2015-03-01 is not a date: searched for it as text");
}

TEST(QueryParseTest, flags) {
  EXPECT_EQ(tree("is:starred"), "is:starred");
  EXPECT_EQ(tree("is:unread"), "is:unread");
  EXPECT_EQ(tree("is:read"), "(not is:unread)");
  EXPECT_EQ(tree("-is:read"), "is:unread");
  EXPECT_EQ(tree("IS:Starred"), "is:starred");
  const Query q = parse_query("is:pinned ");
  EXPECT_EQ(describe(q), R"("is pinned")");
  EXPECT_EQ(q.hint, "is: takes starred, unread or read");
}

TEST(QueryParseTest, unbalanced_quotes_search_the_words_with_a_hint) {
  const Query q = parse_query(R"("human rights)");
  EXPECT_EQ(describe(q), R"((and "human" "rights*"))");
  EXPECT_EQ(q.hint, "unbalanced quote: searched for the words separately");
  EXPECT_EQ(tree(R"(a "b" "c )"), R"((and "a" "b" "c"))");
}

TEST(QueryParseTest, unbalanced_parentheses_are_ignored_with_a_hint) {
  EXPECT_EQ(tree("(a OR b c "), R"((or "a" (and "b" "c")))");
  EXPECT_EQ(hint("(a OR b c "), "unbalanced parenthesis: ignored");
  EXPECT_EQ(tree("a) b "), R"((and "a" "b"))");
  EXPECT_EQ(hint("a) b "), "unbalanced parenthesis: ignored");
  EXPECT_EQ(tree("() x "), R"("x")");
}

TEST(QueryParseTest, a_dangling_or_is_ignored_with_a_hint) {
  EXPECT_EQ(tree("iran OR"), R"("iran")");
  EXPECT_EQ(hint("iran OR"), "OR needs a term on each side: ignored");
  EXPECT_EQ(tree("OR iran "), R"("iran")");
  EXPECT_EQ(tree("a OR OR b "), R"((or "a" "b"))");
  EXPECT_EQ(hint("a OR OR b "), "OR needs a term on each side: ignored");
}

TEST(QueryParseTest, unknown_fields_are_text_with_a_hint) {
  const Query q = parse_query("author:smith ");
  EXPECT_EQ(describe(q), R"("author smith")");
  EXPECT_EQ(q.hint, "unknown field author: searched for it as text");
  EXPECT_EQ(tree("12:30 "), R"("12 30")");  // no hint for times
  EXPECT_EQ(hint("12:30 "), "");
  EXPECT_EQ(tree("iran on:"), R"("iran")");  // a date being typed
  EXPECT_EQ(hint("iran on:"), "on: needs a date after it");
  EXPECT_EQ(tree("title: x "), R"("x")");
  EXPECT_EQ(hint("title: x "), "title: needs a word after it");
}

TEST(QueryParseTest, queries_of_only_operators_match_everything_with_a_hint) {
  for (std::string_view q : {"-", "OR", "( )", "*", "\"", "- OR ( ) * \" :", "…!?", "-(-(-"}) {
    const Query parsed = parse_query(q);
    EXPECT_TRUE(parsed.matches_everything()) << q << " -> " << describe(parsed);
    EXPECT_FALSE(parsed.hint.empty()) << q;
  }
}

TEST(QueryParseTest, hostile_queries_keep_at_most_64_terms) {
  std::string many_ors;
  for (int i = 0; i < 5000; ++i) many_ors += "w" + std::to_string(i) + " OR ";
  const Query q = parse_query(many_ors);
  EXPECT_EQ(q.term_count, kMaxQueryTerms);
  EXPECT_EQ(q.hint, "long query: only the first 64 terms are searched");
  ASSERT_FALSE(q.matches_everything());
  EXPECT_EQ(q.nodes[static_cast<size_t>(q.root)].children.size(), kMaxQueryTerms);

  const std::string long_word(10000, 'x');
  const Query one = parse_query(long_word);
  EXPECT_EQ(one.term_count, 1u);
  EXPECT_EQ(one.nodes[static_cast<size_t>(one.root)].terms[0].text.size(), 64u);

  std::string phrase = "\"";
  for (int i = 0; i < 3000; ++i) phrase += "a ";
  phrase += "\"";
  EXPECT_EQ(parse_query(phrase).term_count, kMaxQueryTerms);

  const Query deep = parse_query(std::string(10000, '(') + "x" + std::string(10000, ')'));
  EXPECT_EQ(describe(deep), R"("x")");
  EXPECT_NE(deep.hint.find("parentheses nested too deeply: ignored"), std::string::npos);

  std::string quotes;
  for (int i = 0; i < 3333; ++i) quotes += "\"a";
  const Query q2 = parse_query(quotes);
  EXPECT_EQ(q2.term_count, kMaxQueryTerms);
  EXPECT_NE(q2.hint.find("unbalanced quote: searched for the words separately"), std::string::npos);
  EXPECT_NE(q2.hint.find("long query: only the first 64 terms are searched"), std::string::npos);
}

}  // namespace
}  // namespace br
