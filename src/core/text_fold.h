// Text normalisation for search: what counts as a letter, and how letters fold so that a query
// finds text however it was accented or capitalised (Gérard = gerard = GÉRARD, Straße = strasse,
// Ø = o, æ = ae, Greek without tonos and with one sigma, Cyrillic in any case with ё = е).
//
// The tables (text_fold_data.inc) are generated from Unicode by tools/gen_text_fold_data.mjs and
// cover every code point; docs/search.md lists the rules. Folding works one code point at a
// time, so a folded token can always be mapped back to the original bytes it came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace br {

enum class CharClass : uint8_t {
  kSpace,      // whitespace: separates words, and query terms
  kSeparator,  // punctuation, symbols, apostrophes, dashes: separates words
  kQuote,      // straight, curly and angle double quotes: separate words; delimit query phrases
  kWord,       // letters, digits and vowel signs of scripts written with spaces between words
  kUnspaced,   // letters of scripts written without spaces (Arabic, Persian, CJK, Thai...)
  kDrop,       // accents, Arabic harakat and tatweel, soft hyphens, zero-width joiners: kept
               // inside a word, removed from its folded form
};

// The code point at text[i], advancing i past it. Malformed or truncated sequences decode as
// U+FFFD and advance one byte, so every byte is visited exactly once.
char32_t decode_utf8(std::string_view text, size_t& i);
// Appends the UTF-8 encoding of a code point (U+FFFD for surrogates and values past U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

CharClass char_class(char32_t cp);

// Appends the folded form of one code point: lowercase, accents removed, digits of any script as
// ASCII digits, compatibility forms (ligatures, fullwidth) decomposed. Appends nothing for kDrop.
// Code points of other classes are appended unchanged.
void append_folded(std::string& out, char32_t cp);

// Folds every code point of `text` (classes are not applied: separators stay).
std::string fold_text(std::string_view text);

}  // namespace br
