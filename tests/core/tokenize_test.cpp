// Tokens and their original byte ranges: apostrophes, dashes, multi-byte letters, unspaced runs.
#include "tokenize.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace br {
namespace {

struct Tok {
  std::string folded;
  uint32_t begin, end;
  bool unspaced;
  bool operator==(const Tok&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "{" << t.folded << " " << t.begin << ".." << t.end << (t.unspaced ? " u" : "")
            << "}";
}

std::vector<Tok> tokens(std::string_view text) {
  std::vector<Tok> out;
  Tokenizer tokenizer(text);
  Token t;
  while (tokenizer.next(t)) out.push_back({std::string(t.folded), t.begin, t.end, t.unspaced});
  return out;
}

TEST(TokenizeTest, splits_words_at_spaces_punctuation_apostrophes_and_dashes) {
  EXPECT_EQ(tokens("Iran’s al-Assad, 3.5 U.S."), (std::vector<Tok>{{"iran", 0, 4, false},
                                                                   {"s", 7, 8, false},
                                                                   {"al", 9, 11, false},
                                                                   {"assad", 12, 17, false},
                                                                   {"3", 19, 20, false},
                                                                   {"5", 21, 22, false},
                                                                   {"u", 23, 24, false},
                                                                   {"s", 25, 26, false}}));
  EXPECT_EQ(tokens("Iran's"), (std::vector<Tok>{{"iran", 0, 4, false}, {"s", 5, 6, false}}));
  EXPECT_TRUE(tokens("  — “” ... ").empty());
}

TEST(TokenizeTest, maps_folded_words_back_to_their_original_bytes) {
  // "Gérard" is 7 bytes (é is two), "ДЕПРЕ" 10.
  EXPECT_EQ(
      tokens("MEP Gérard ДЕПРЕ"),
      (std::vector<Tok>{{"mep", 0, 3, false}, {"gerard", 4, 11, false}, {"депре", 12, 22, false}}));
  // A decomposed accent and a soft hyphen stay inside the word.
  EXPECT_EQ(tokens("Ge\xCC\x81rard soft\xC2\xADhyphen"),
            (std::vector<Tok>{{"gerard", 0, 8, false}, {"softhyphen", 9, 21, false}}));
}

TEST(TokenizeTest, keeps_runs_of_unspaced_scripts_whole) {
  EXPECT_EQ(tokens("Tehran تهران‌ها 2017 北京市abc"),
            (std::vector<Tok>{{"tehran", 0, 6, false},
                              {"تهرانها", 7, 24, true},  // the zero-width non-joiner folds away
                              {"2017", 25, 29, false},
                              {"北京市", 30, 39, true},
                              {"abc", 39, 42, false}}));
}

TEST(TokenizeTest, reports_offsets_of_each_code_point_of_an_unspaced_run) {
  const std::string text = "x مُحمد";  // the damma is dropped from the folded form
  Tokenizer tokenizer(text, true);
  Token t;
  ASSERT_TRUE(tokenizer.next(t));
  ASSERT_TRUE(tokenizer.next(t));
  EXPECT_TRUE(t.unspaced);
  EXPECT_EQ(t.folded, "محمد");
  const std::vector<uint32_t> offsets(tokenizer.offsets().begin(), tokenizer.offsets().end());
  // م (2 bytes) + damma (2 bytes) map to the first code point; then ح, م, د; then the end.
  EXPECT_EQ(offsets, (std::vector<uint32_t>{2, 6, 8, 10, 12}));
}

TEST(TokenizeTest, cuts_very_long_words_at_a_character_boundary) {
  const std::string word(100, 'a');
  const auto t = tokens(word + " b");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].folded, std::string(kMaxWordBytes, 'a'));
  EXPECT_EQ(t[0].end, 100u);  // the range still covers the whole word
  std::string greek;
  for (int i = 0; i < 40; ++i) greek += "λ";  // 2 bytes each
  EXPECT_EQ(tokens(greek + "x")[0].folded.size(), kMaxWordBytes);
  std::string odd = "a";
  for (int i = 0; i < 40; ++i) odd += "λ";
  EXPECT_EQ(tokens(odd)[0].folded.size(), kMaxWordBytes - 1);  // never half a letter
}

TEST(TokenizeTest, the_fast_ascii_scan_agrees_with_a_plain_one_at_every_alignment) {
  // Words of letters, digits and é, split by space, dash and dot, at lengths around 8 and 64.
  const char* pieces[] = {"a", "Z", "0", "9", " ", "-", ".", "é", "xY", "Q1"};
  uint64_t state = 7;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int parts = 1 + round % 90;
    for (int i = 0; i < parts; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      text += pieces[(state >> 33) % 10];
    }
    std::vector<Tok> expected;  // the plain way: byte by byte
    size_t i = 0;
    while (i < text.size()) {
      auto word_at = [&](size_t k) {
        return std::isalnum(static_cast<unsigned char>(text[k])) || text.compare(k, 2, "é") == 0;
      };
      if (!word_at(i)) {
        ++i;
        continue;
      }
      Tok t{"", static_cast<uint32_t>(i), 0, false};
      while (i < text.size() && word_at(i)) {
        if (text.compare(i, 2, "é") == 0) {
          t.folded += 'e';
          i += 2;
        } else {
          t.folded += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
          ++i;
        }
      }
      if (t.folded.size() > kMaxWordBytes) t.folded.resize(kMaxWordBytes);
      t.end = static_cast<uint32_t>(i);
      expected.push_back(t);
    }
    ASSERT_EQ(tokens(text), expected) << text;
  }
}

// for_each_token's tokens, marking those that took the short-word path with a "*" after the
// folded text (after checking that their 16-byte key is zero-padded).
std::vector<Tok> each_token(std::string_view text) {
  std::vector<Tok> out;
  for_each_token(
      text,
      [&](const char* key16, uint32_t len, uint32_t begin) {
        EXPECT_LT(len, 16u);
        for (uint32_t i = len; i < 16; ++i) EXPECT_EQ(key16[i], 0) << text;
        out.push_back({std::string(key16, len) + "*", begin, begin + len, false});
      },
      [&](const Token& t) { out.push_back({std::string(t.folded), t.begin, t.end, t.unspaced}); });
  return out;
}

std::vector<Tok> unmarked(std::vector<Tok> toks) {
  for (Tok& t : toks)
    if (!t.folded.empty() && t.folded.back() == '*') t.folded.pop_back();
  return toks;
}

TEST(TokenizeTest, for_each_token_takes_short_ascii_words_whole_and_the_rest_as_tokens) {
  EXPECT_EQ(each_token("Hello, wide World’s café 中文 ABCDEFGHIJKLMNOPQ x"),
            (std::vector<Tok>{{"hello*", 0, 5, false},
                              {"wide*", 7, 11, false},
                              {"world*", 12, 17, false},  // ends at a curly apostrophe
                              {"s*", 20, 21, false},
                              {"cafe", 22, 27, false},  // goes on past ASCII
                              {"中文", 28, 34, true},
                              {"abcdefghijklmnopq", 35, 52, false},  // 17 bytes
                              {"x*", 53, 54, false}}));
  EXPECT_EQ(each_token(""), std::vector<Tok>{});
  EXPECT_EQ(each_token("  \t\n.,;  "), std::vector<Tok>{});
}

// Random texts of pieces that meet at every kind of boundary: ASCII words of all lengths around
// 16 and 64 bytes, separators of one and several bytes, accented letters and combining marks
// that carry a word on, unspaced scripts, malformed UTF-8 and NUL bytes, with the text ending
// anywhere in the 16-byte blocks.
TEST(TokenizeTest, for_each_token_gives_the_tokenizers_tokens) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7", "ab", "Iran", "minister", "Government", "abcdefghijklmno",
      "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQ", std::string(63, 'w'), std::string(65, 'W'),
      " ", "  ", ",", ".", "-", "'", "\t", "\n", std::string(1, '\0'), std::string(17, ' '),
      "’", "“", "”", "—", "\u00A0", "é", "É", "ß", "Ø", "\u0301", "ǅ", "中", "文", "ا", "ب",
      "\xFF", "\xC3", "\xE2\x80"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 24);
    for (int i = 0; i < count; ++i) text += pieces[rng() % pieces.size()];
    ASSERT_EQ(unmarked(each_token(text)), tokens(text)) << testing::PrintToString(text);
  }
}

TEST(TokenizeTest, survives_malformed_utf8) {
  EXPECT_EQ(tokens("ab\xFF\xC3 cd"), (std::vector<Tok>{{"ab", 0, 2, false}, {"cd", 5, 7, false}}));
}

}  // namespace
}  // namespace br
