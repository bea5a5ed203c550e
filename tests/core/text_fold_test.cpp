// Folding and character classes: accents, case, ß, Greek, Cyrillic, digits, quotes, dashes.
#include "text_fold.h"

#include <gtest/gtest.h>

namespace br {
namespace {

TEST(TextFoldTest, folds_case_and_accents_of_latin_letters) {
  EXPECT_EQ(fold_text("Gérard"), "gerard");
  EXPECT_EQ(fold_text("GÉRARD"), "gerard");
  EXPECT_EQ(fold_text("gerard"), "gerard");
  EXPECT_EQ(fold_text("José Martínez"), "jose martinez");
  EXPECT_EQ(fold_text("Łukasz Wójcik"), "lukasz wojcik");
  EXPECT_EQ(fold_text("Çağla Yıldız"), "cagla yildiz");
  EXPECT_EQ(fold_text("İstanbul"), "istanbul");
  EXPECT_EQ(fold_text("Ngô Bảo Châu"), "ngo bao chau");  // Latin Extended Additional
  EXPECT_EQ(fold_text("Dmitrij Šoltés"), "dmitrij soltes");
}

TEST(TextFoldTest, folds_letters_without_a_decomposition_by_hand) {
  EXPECT_EQ(fold_text("Straße"), "strasse");
  EXPECT_EQ(fold_text("STRAẞE"), "strasse");
  EXPECT_EQ(fold_text("Ødegaard ø"), "odegaard o");
  EXPECT_EQ(fold_text("Ærøskøbing æ"), "aeroskobing ae");
  EXPECT_EQ(fold_text("Œuvre"), "oeuvre");
  EXPECT_EQ(fold_text("Þór Guðmundsdóttir"), "thor gudmundsdottir");
  EXPECT_EQ(fold_text("Đorđe"), "dorde");
}

TEST(TextFoldTest, folds_greek_without_tonos_and_with_one_sigma) {
  EXPECT_EQ(fold_text("Ελένη Παπαδοπούλου"), "ελενη παπαδοπουλου");
  EXPECT_EQ(fold_text("ΕΛΈΝΗ"), "ελενη");
  EXPECT_EQ(fold_text("λόγος ΛΌΓΟΣ"), "λογοσ λογοσ");  // final sigma = sigma
  EXPECT_EQ(fold_text("ΐ ϊ ά"), "ι ι α");
  EXPECT_EQ(fold_text("Ἀθῆναι"), "αθηναι");  // polytonic
}

TEST(TextFoldTest, folds_cyrillic_case_and_yo_but_keeps_short_i) {
  EXPECT_EQ(fold_text("Анна Смирнова"), "анна смирнова");
  EXPECT_EQ(fold_text("АННА"), "анна");
  EXPECT_EQ(fold_text("Ёлка ёж"), "елка еж");
  EXPECT_EQ(fold_text("Йошкар-Ола"), "йошкар-ола");
  EXPECT_EQ(fold_text("Київ"), "київ");  // ї stays a letter of its own
}

TEST(TextFoldTest, folds_digits_of_any_script_and_compatibility_forms) {
  EXPECT_EQ(fold_text("۱۳۹۵"), "1395");                 // Persian digits
  EXPECT_EQ(fold_text("٢٠١٧"), "2017");                 // Arabic-Indic digits
  EXPECT_EQ(fold_text("２０１７ ＡＢＣ"), "2017 abc");  // fullwidth, ideographic space kept
  EXPECT_EQ(fold_text("ﬁnance"), "finance");
}

TEST(TextFoldTest, removes_combining_accents_of_decomposed_text) {
  EXPECT_EQ(fold_text("Ge\xCC\x81rard"), "gerard");  // e + U+0301
  EXPECT_EQ(fold_text("soft\xC2\xADhyphen"), "softhyphen");
}

TEST(TextFoldTest, folds_arabic_letter_variants_and_drops_harakat) {
  EXPECT_EQ(fold_text("علي"), "علی");         // Arabic yeh = Persian yeh
  EXPECT_EQ(fold_text("كتاب"), "کتاب");       // Arabic kaf = Persian kaf
  EXPECT_EQ(fold_text("مُحَمَّد"), "محمد");       // harakat
  EXPECT_EQ(fold_text("أحمد"), "احمد");       // hamza on alef
  EXPECT_EQ(fold_text("ايـــران"), "ایران");  // tatweel
}

TEST(TextFoldTest, classifies_quotes_apostrophes_dashes_and_spaces) {
  for (char32_t q : {U'"', U'“', U'”', U'„', U'«', U'»'})
    EXPECT_EQ(char_class(q), CharClass::kQuote) << static_cast<uint32_t>(q);
  for (char32_t s : {U'\'', U'’', U'‘', U'-', U'–', U'—', U'‐', U'−', U'.', U'…', U'€'})
    EXPECT_EQ(char_class(s), CharClass::kSeparator) << static_cast<uint32_t>(s);
  for (char32_t s : {U' ', U'\t', U'\n', U'\u00A0', U'\u2009', U'\u3000'})
    EXPECT_EQ(char_class(s), CharClass::kSpace) << static_cast<uint32_t>(s);
  for (char32_t w : {U'a', U'Z', U'7', U'é', U'ß', U'Ω', U'ж', U'ա', U'ა', U'क', U'א'})
    EXPECT_EQ(char_class(w), CharClass::kWord) << static_cast<uint32_t>(w);
  for (char32_t u : {U'ا', U'ی', U'中', U'の', U'カ', U'한', U'ก'})
    EXPECT_EQ(char_class(u), CharClass::kUnspaced) << static_cast<uint32_t>(u);
  for (char32_t d : {U'\u0301', U'\u200C', U'\u200D', U'\u00AD', U'\u064E', U'\u0640', U'\u05B7'})
    EXPECT_EQ(char_class(d), CharClass::kDrop) << static_cast<uint32_t>(d);
  EXPECT_EQ(char_class(U'😀'), CharClass::kSeparator);
  EXPECT_EQ(char_class(U'\U00020000'), CharClass::kUnspaced);  // CJK extension B
}

TEST(TextFoldTest, decodes_utf8_and_replaces_malformed_bytes_one_at_a_time) {
  const std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80\xFF\xC3";
  size_t i = 0;
  EXPECT_EQ(decode_utf8(text, i), U'a');
  EXPECT_EQ(decode_utf8(text, i), U'é');
  EXPECT_EQ(decode_utf8(text, i), U'中');
  EXPECT_EQ(decode_utf8(text, i), U'😀');
  EXPECT_EQ(i, 10u);
  EXPECT_EQ(decode_utf8(text, i), U'\uFFFD');  // 0xFF
  EXPECT_EQ(i, 11u);
  EXPECT_EQ(decode_utf8(text, i), U'\uFFFD');  // truncated sequence
  EXPECT_EQ(i, 12u);
  std::string out;
  for (char32_t cp : {U'a', U'é', U'中', U'😀'}) append_utf8(out, cp);
  EXPECT_EQ(out, "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
}

TEST(TextFoldTest, leaves_scripts_without_case_as_written) {
  EXPECT_EQ(fold_text("中文 カタカナ 한국어"), "中文 カタカナ 한국어");
  EXPECT_EQ(fold_text("हिन्दी"), "हिन्दी");  // vowel signs are not accents
}

}  // namespace
}  // namespace br
