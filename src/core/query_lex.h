// The query lexer: splits the search box text into words, quoted phrases, parentheses, OR,
// field values, dates and flags. Private to the parser (query.cpp); never fails: what it cannot
// make sense of becomes a literal word and a hint.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query.h"

namespace br {

struct Lexeme {
  enum Kind : uint8_t { kText, kOpen, kClose, kOr, kDate, kFlag };
  Kind kind = kText;
  bool negated = false;  // a '-' right before it
  // kText: literal text to tokenize (a word, or a phrase's inside), in field.
  Field field = Field::kAny;
  std::string text;
  bool star = false;    // ended in '*': its last token is a prefix
  bool typing = false;  // the query's last word, no space after it: its last token is a prefix
  // kDate: first <= day <= last
  DayNumber first = 0, last = 0;
  BriefFlag flag = BriefFlag::kStarred;  // kFlag
};

std::vector<Lexeme> lex_query(std::string_view text, std::vector<std::string>& hints);

// A date period as the query writes it: "2017", "2017-02" or "2017-02-20" -> its first and last
// day. False for anything else, including impossible dates (2017-02-30).
bool parse_period(std::string_view text, DayNumber& first, DayNumber& last);

// Whether text looks like a date or range the user meant as one ("2017-02-30", "2017-13"),
// so a failed parse earns a hint rather than silence.
bool looks_like_date(std::string_view text);

}  // namespace br
