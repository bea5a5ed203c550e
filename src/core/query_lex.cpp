// The query lexer and its date periods. It works on code points so curly quotes delimit phrases
// like straight ones, and it keeps going past anything odd: a lone quote is dropped, an unknown
// field or an impossible date is kept as text, each with a hint for the user.
#include "query_lex.h"

#include <climits>

#include "date.h"
#include "text_fold.h"

namespace br {
namespace {

constexpr DayNumber kFarPast = INT32_MIN + 1;  // > kUndated: undated briefs never match a date
constexpr DayNumber kFarFuture = INT32_MAX;

bool is_digits(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_ascii_letters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

// "A..B", "A..", "..B" (inclusive) with A, B periods.
bool parse_range(std::string_view s, DayNumber& first, DayNumber& last) {
  const size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  const std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  if (a.empty() && b.empty()) return false;
  DayNumber a_first = kFarPast, a_last = 0, b_first = 0, b_last = kFarFuture;
  if (!a.empty() && !parse_period(a, a_first, a_last)) return false;
  if (!b.empty() && !parse_period(b, b_first, b_last)) return false;
  first = a_first;
  last = b_last;
  return true;
}

class Lexer {
 public:
  Lexer(std::string_view text, std::vector<std::string>& hints) : s_(text), hints_(hints) {}

  std::vector<Lexeme> run() {
    while (i_ < s_.size()) step();
    if (!out_.empty() && out_.back().kind == Lexeme::kText && last_word_end_ == s_.size() &&
        !out_.back().negated && !last_was_phrase_)
      out_.back().typing = true;
    return std::move(out_);
  }

 private:
  char32_t peek_cp(size_t at, size_t* next = nullptr) const {
    size_t j = at;
    const char32_t cp = decode_utf8(s_, j);
    if (next) *next = j;
    return cp;
  }
  bool is_space_at(size_t at) const {
    return at >= s_.size() || char_class(peek_cp(at)) == CharClass::kSpace;
  }
  bool is_quote_at(size_t at) const {
    return at < s_.size() && char_class(peek_cp(at)) == CharClass::kQuote;
  }

  void hint(std::string h) {
    for (const std::string& old : hints_)
      if (old == h) return;
    hints_.push_back(std::move(h));
  }

  void step() {
    size_t next = 0;
    if (char_class(peek_cp(i_, &next)) == CharClass::kSpace) {
      i_ = next;
      return;
    }
    Lexeme l;
    if (s_[i_] == '-' && !is_space_at(i_ + 1)) {
      l.negated = true;
      ++i_;
    }
    if (s_[i_] == '(' || s_[i_] == ')') {
      l.kind = s_[i_] == '(' ? Lexeme::kOpen : Lexeme::kClose;
      ++i_;
      out_.push_back(std::move(l));
      return;
    }
    if (is_quote_at(i_)) {
      phrase(l);
      return;
    }
    size_t j = i_;
    while (j < s_.size() && s_[j] != '(' && s_[j] != ')' && !is_quote_at(j) && !is_space_at(j)) {
      peek_cp(j, &next);
      j = next;
    }
    const std::string_view w = s_.substr(i_, j - i_);
    i_ = j;
    last_was_phrase_ = false;
    word(l, w);
  }

  // A quoted phrase at i_ (after an optional field); a lone quote is dropped with a hint.
  void phrase(Lexeme& l) {
    size_t start = 0;
    peek_cp(i_, &start);
    size_t j = start, next = 0;
    while (j < s_.size() && char_class(peek_cp(j, &next)) != CharClass::kQuote) j = next;
    if (j >= s_.size()) {
      hint("unbalanced quote: searched for the words separately");
      i_ = start;  // the rest is read as ordinary words
      return;
    }
    l.kind = Lexeme::kText;
    l.text = std::string(s_.substr(start, j - start));
    i_ = next;
    last_was_phrase_ = true;
    out_.push_back(std::move(l));
  }

  void word(Lexeme& l, std::string_view w) {
    if (w == "OR" && !l.negated) {
      l.kind = Lexeme::kOr;
      out_.push_back(std::move(l));
      return;
    }
    const size_t colon = w.find(':');
    if (colon != std::string_view::npos && all_ascii_letters(w.substr(0, colon))) {
      if (field(l, ascii_lower(w.substr(0, colon)), w.substr(colon + 1), w)) return;
    } else if (w.find("..") != std::string_view::npos) {
      if (parse_range(w, l.first, l.last)) return date(l);
      if (looks_like_date(w)) hint(std::string(w) + " is not a date: searched for it as text");
    } else if (w.size() > 4 && w.size() <= 10 && w[4] == '-') {
      if (parse_period(w, l.first, l.last)) return date(l);  // 2017-02, 2017-02-20; 2017 is a word
      if (looks_like_date(w)) hint(std::string(w) + " is not a date: searched for it as text");
    }
    text(l, w);
  }

  // name:value. True when handled; false to take the whole word literally.
  bool field(Lexeme& l, const std::string& name, std::string_view value, std::string_view w) {
    Field f = Field::kAny;
    if (name == "title") f = Field::kTitle;
    if (name == "source") f = Field::kSource;
    if (name == "dateline") f = Field::kDateline;
    if (name == "tag") f = Field::kTag;
    if (f != Field::kAny) {
      l.field = f;
      if (value.empty() && is_quote_at(i_)) {
        phrase(l);
        return true;
      }
      if (value.empty()) {
        hint(name + ": needs a word after it");
        return true;
      }
      text(l, value);
      return true;
    }
    if (name == "on" || name == "after" || name == "before") {
      DayNumber first = 0, last = 0;
      if (value.empty()) {
        hint(name + ": needs a date after it");
        return true;
      }
      if (name == "on" && parse_range(value, l.first, l.last)) {
        date(l);
        return true;
      }
      if (!parse_period(value, first, last)) {
        hint(std::string(w) + " is not a date: searched for it as text");
        return false;
      }
      l.first = name == "after" ? last + 1 : name == "before" ? kFarPast : first;
      l.last = name == "after" ? kFarFuture : name == "before" ? first - 1 : last;
      date(l);
      return true;
    }
    if (name == "is") {
      const std::string v = ascii_lower(value);
      if (v == "starred" || v == "unread" || v == "read") {
        l.kind = Lexeme::kFlag;
        l.flag = v == "starred" ? BriefFlag::kStarred : BriefFlag::kUnread;
        if (v == "read") l.negated = !l.negated;
        out_.push_back(std::move(l));
        return true;
      }
      hint("is: takes starred, unread or read");
      return false;
    }
    if (!value.empty()) hint("unknown field " + name + ": searched for it as text");
    return false;
  }

  void date(Lexeme& l) {
    l.kind = Lexeme::kDate;
    out_.push_back(std::move(l));
  }

  void text(Lexeme& l, std::string_view w) {
    while (!w.empty() && w.back() == '*') {
      w.remove_suffix(1);
      l.star = true;
    }
    l.kind = Lexeme::kText;
    l.text = std::string(w);
    last_word_end_ = i_;
    out_.push_back(std::move(l));
  }

  std::string_view s_;
  std::vector<std::string>& hints_;
  size_t i_ = 0;
  size_t last_word_end_ = std::string_view::npos;
  bool last_was_phrase_ = false;
  std::vector<Lexeme> out_;
};

}  // namespace

bool parse_period(std::string_view s, DayNumber& first, DayNumber& last) {
  if (is_digits(s, 4)) {
    const int y = to_int(s);
    first = days_from_civil(y, 1, 1);
    last = days_from_civil(y, 12, 31);
    return true;
  }
  if (s.size() == 7 && s[4] == '-' && is_digits(s.substr(0, 4), 4) &&
      is_digits(s.substr(5, 2), 2)) {
    const int y = to_int(s.substr(0, 4));
    const unsigned m = static_cast<unsigned>(to_int(s.substr(5, 2)));
    if (m < 1 || m > 12) return false;
    first = days_from_civil(y, m, 1);
    last = (m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1)) - 1;
    return true;
  }
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && is_digits(s.substr(0, 4), 4) &&
      is_digits(s.substr(5, 2), 2) && is_digits(s.substr(8, 2), 2)) {
    const std::optional<DayNumber> d =
        make_day(to_int(s.substr(0, 4)), static_cast<unsigned>(to_int(s.substr(5, 2))),
                 static_cast<unsigned>(to_int(s.substr(8, 2))));
    if (!d) return false;
    first = last = *d;
    return true;
  }
  return false;
}

bool looks_like_date(std::string_view s) {
  // dddd-dd or dddd-dd-dd, possibly on either side of "..".
  auto shaped = [](std::string_view p) {
    return (p.size() == 7 || p.size() == 10) && is_digits(p.substr(0, 4), 4) && p[4] == '-' &&
           is_digits(p.substr(5, 2), 2) &&
           (p.size() == 7 || (p[7] == '-' && is_digits(p.substr(8, 2), 2)));
  };
  const size_t dots = s.find("..");
  if (dots == std::string_view::npos) return shaped(s);
  return shaped(s.substr(0, dots)) || shaped(s.substr(dots + 2));
}

std::vector<Lexeme> lex_query(std::string_view text, std::vector<std::string>& hints) {
  return Lexer(text, hints).run();
}

}  // namespace br
