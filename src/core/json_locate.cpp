// A JSON syntax scanner that only runs after simdjson has rejected a document, to point at the
// first mistake. It is iterative (an explicit bracket stack), so deep nesting cannot overflow
// the C++ stack, and it names the mistakes people make when editing JSON by hand: trailing and
// missing commas, unclosed strings, single quotes, comments, truncated files.
#include "json_locate.h"

#include <vector>

#include "text_util.h"

namespace br::detail {
namespace {

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_word_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool starts_value(char c) {
  return c == '{' || c == '[' || c == '"' || c == '-' || is_digit(c) || c == 't' || c == 'f' ||
         c == 'n';
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : s_(text) {}

  std::optional<JsonSyntaxError> run() {
    skip_space();
    if (at_end()) return JsonSyntaxError{0, "the file holds only spaces and line breaks"};
    bool want_value = true;
    while (true) {
      if (want_value) {
        if (!scan_value()) return error_;
        // scan_value leaves pos_ after a scalar or a closed empty container (want a separator),
        // or just after an opening bracket (want the first element).
        want_value = just_opened_;
        continue;
      }
      skip_space();
      if (stack_.empty()) {
        if (at_end()) return std::nullopt;
        return fail(pos_, s_[pos_] == '/' ? "comments are not allowed in JSON"
                                          : "unexpected text after the end of the JSON");
      }
      if (at_end()) return fail_truncated();
      const char c = s_[pos_];
      const Open top = stack_.back();
      if (c == ',') {
        const size_t comma = pos_++;
        skip_space();
        if (at_end()) return fail_truncated();
        const char next = s_[pos_];
        if (next == '}' || next == ']')
          return fail(comma, std::string("trailing ',' before '") + next + "' (remove the comma)");
        if (top.bracket == '{' && !scan_key()) return error_;
        want_value = true;
        continue;
      }
      if (c == closing(top.bracket)) {
        ++pos_;
        stack_.pop_back();
        continue;
      }
      if (c == '}' || c == ']')
        return fail(pos_, std::string("'") + c + "' does not close the '" + top.bracket +
                              "' opened at " + where(top.offset));
      if (top.bracket == '{') {
        if (c == '"') return fail(pos_, "missing ',' before this field");
        return fail(pos_,
                    "expected ',' or '}' after a field's value, found " + describe_char(s_, pos_));
      }
      if (starts_value(c)) return fail(pos_, "missing ',' between list items");
      return fail(pos_, "expected ',' or ']' after a list item, found " + describe_char(s_, pos_));
    }
  }

 private:
  struct Open {
    char bracket;
    size_t offset;
  };

  static char closing(char open) { return open == '{' ? '}' : ']'; }
  bool at_end() const { return pos_ >= s_.size(); }
  void skip_space() {
    while (!at_end() && is_json_space(s_[pos_])) ++pos_;
  }
  std::string where(size_t offset) const {
    const TextPosition p = position_of(s_, offset);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  std::optional<JsonSyntaxError> fail(size_t offset, std::string message) {
    error_ = JsonSyntaxError{offset, std::move(message)};
    return error_;
  }
  std::optional<JsonSyntaxError> fail_truncated() {
    size_t end = s_.size();
    while (end > 0 && is_json_space(s_[end - 1])) --end;
    std::string message = "the file ends before the JSON is complete";
    if (!stack_.empty()) {
      message += std::string(": the '") + stack_.back().bracket + "' opened at " +
                 where(stack_.back().offset) + " is not closed";
    }
    return fail(end, std::move(message));
  }

  // The scan_* functions return false once they have recorded an error (hence `!fail(...)`).
  // Scans one value. Scalars and empty containers are consumed whole (just_opened_ = false);
  // a non-empty container is only opened (just_opened_ = true), its first key scanned.
  bool scan_value() {
    just_opened_ = false;
    skip_space();
    if (at_end()) return !fail_truncated();
    const char c = s_[pos_];
    if (c == '{' || c == '[') {
      stack_.push_back({c, pos_});
      ++pos_;
      skip_space();
      if (at_end()) return !fail_truncated();
      if (s_[pos_] == closing(c)) {
        ++pos_;
        stack_.pop_back();
        return true;
      }
      if (c == '{' && !scan_key()) return false;
      just_opened_ = true;
      return true;
    }
    if (c == '"') return scan_string();
    if (c == '-' || is_digit(c)) return scan_number();
    if (is_word_char(c)) return scan_word();
    if (c == '\'') return !fail(pos_, "strings must be in double quotes, not single quotes");
    if (c == '/') return !fail(pos_, "comments are not allowed in JSON");
    if (c == ',') return !fail(pos_, "expected a value before this ','");
    return !fail(pos_, "expected a value, found " + describe_char(s_, pos_));
  }

  bool scan_key() {
    skip_space();
    if (at_end()) return !fail_truncated();
    const char c = s_[pos_];
    if (c != '"') {
      if (c == '\'') return !fail(pos_, "field names must be in double quotes, not single quotes");
      if (c == '/') return !fail(pos_, "comments are not allowed in JSON");
      if (is_word_char(c)) return !fail(pos_, "field names must be in double quotes");
      return !fail(pos_,
                   "expected a field name in double quotes, found " + describe_char(s_, pos_));
    }
    if (!scan_string()) return false;
    skip_space();
    if (at_end()) return !fail_truncated();
    if (s_[pos_] != ':')
      return !fail(pos_, "expected ':' after the field name, found " + describe_char(s_, pos_));
    ++pos_;
    return true;
  }

  bool scan_string() {
    const size_t open = pos_++;
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        const size_t escape = pos_++;
        if (at_end()) break;
        const char e = s_[pos_];
        if (e == 'u') {
          for (size_t k = 1; k <= 4; ++k)
            if (pos_ + k >= s_.size() || !is_hex(s_[pos_ + k]))
              return !fail(escape, "invalid \\u escape: expected four hex digits");
          pos_ += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
          return !fail(escape,
                       "invalid escape '\\" + std::string(1, e) + "' (write a backslash as \\\\)");
        ++pos_;
        continue;
      }
      if (c == '\n' || c == '\r')
        return !fail(open,
                     "this string is not closed on its line (a missing '\"'? a line break "
                     "inside a string must be written as \\n)");
      if (c == '\t') return !fail(pos_, "a tab inside a string must be written as \\t");
      if (c < 0x20)
        return !fail(pos_, "a control character (" + describe_char(s_, pos_) +
                               ") inside a string must be escaped");
      ++pos_;
    }
    return !fail(open, "the file ends inside the string that starts here");
  }

  bool scan_number() {
    const size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    if (at_end()) return !fail_truncated();
    if (!is_digit(s_[pos_])) return !fail(start, "invalid number: expected a digit after '-'");
    if (s_[pos_] == '0') {
      ++pos_;
      if (!at_end() && is_digit(s_[pos_]))
        return !fail(start, "invalid number: leading zeros are not allowed");
    } else {
      while (!at_end() && is_digit(s_[pos_])) ++pos_;
    }
    if (!at_end() && s_[pos_] == '.') {
      ++pos_;
      if (at_end() || !is_digit(s_[pos_]))
        return !fail(start, "invalid number: expected a digit after '.'");
      while (!at_end() && is_digit(s_[pos_])) ++pos_;
    }
    if (!at_end() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (!at_end() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (at_end() || !is_digit(s_[pos_]))
        return !fail(start, "invalid number: expected a digit in the exponent");
      while (!at_end() && is_digit(s_[pos_])) ++pos_;
    }
    return true;
  }

  bool scan_word() {
    const size_t start = pos_;
    while (!at_end() && is_word_char(s_[pos_])) ++pos_;
    const std::string_view word = s_.substr(start, pos_ - start);
    if (word == "true" || word == "false" || word == "null") return true;
    for (std::string_view literal : {"true", "false", "null"})
      if (at_end() && literal.substr(0, word.size()) == word) return !fail_truncated();
    if (word == "True" || word == "False" || word == "TRUE" || word == "FALSE")
      return !fail(start, "write true and false in lowercase");
    return !fail(start,
                 "'" + std::string(word) + "' is not a JSON value (text must be in double quotes)");
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool just_opened_ = false;
  std::vector<Open> stack_;
  std::optional<JsonSyntaxError> error_;
};

}  // namespace

std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view json) {
  return Scanner(json).run();
}

}  // namespace br::detail
