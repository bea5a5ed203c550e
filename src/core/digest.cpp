// Plain-text digests (assets/sample-digest.txt) into a bundle. Digests are pasted from email,
// so the parser tolerates what pasting leaves behind: no-break spaces inside "20 Feb - ", CRLF
// line ends, stray blank lines. Structure comes from two patterns only, a short source line
// ("Iran Focus") followed by a dateline block ("London, 20 Feb - lede"), and from the blank
// lines between blocks: after the last brief, a double blank line starts the headline list.
// Digest dates are stored as ISO text (date_text "2017-02-20"): "20 Feb" alone is not a date.
#include "digest.h"

#include <optional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "date.h"
#include "input_check.h"
#include "text_util.h"

namespace br {
namespace {

constexpr size_t kMaxSourceLineBytes = 60;
constexpr size_t kMaxHeadlineBytes = 150;  // only for digests without a double blank line
constexpr size_t kDerivedTitleBytes = 80;
constexpr std::string_view kNbsp = "\xC2\xA0";

struct Block {
  std::string text;  // its lines, trimmed, joined by single spaces
  size_t offset = 0;
  uint32_t line = 0;
  uint32_t line_count = 0;
  uint32_t blank_lines_before = 0;
};

bool is_blank(std::string_view line) {
  line = detail::trim_ascii(line);
  while (line.substr(0, 2) == kNbsp) line = detail::trim_ascii(line.substr(2));
  return line.empty();
}

std::vector<Block> split_blocks(std::string_view text) {
  std::vector<Block> blocks;
  uint32_t line_number = 0, blanks = 0;
  bool in_block = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = detail::trim_ascii(text.substr(pos, eol - pos));
    ++line_number;
    if (is_blank(line)) {
      in_block = false;
      ++blanks;
    } else {
      if (!in_block) {
        blocks.push_back(Block{{}, pos, line_number, 0, blanks});
        in_block = true;
        blanks = 0;
      } else {
        blocks.back().text += ' ';
      }
      blocks.back().text += line;
      ++blocks.back().line_count;
    }
    pos = eol + 1;
  }
  return blocks;
}

// Skips ASCII spaces, tabs and no-break spaces; returns how many were skipped.
size_t skip_spaces(std::string_view s, size_t& pos) {
  size_t count = 0;
  while (pos < s.size()) {
    if (s[pos] == ' ' || s[pos] == '\t') {
      ++pos;
    } else if (s.substr(pos, 2) == kNbsp) {
      pos += 2;
    } else {
      break;
    }
    ++count;
  }
  return count;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// 1..12 for "Feb", "February", "feb"; 0 otherwise. The word must start with the month's
// three-letter abbreviation and continue as its full name.
unsigned month_from_word(std::string_view word) {
  static constexpr std::string_view kNames[] = {"january",   "february", "march",    "april",
                                                "may",       "june",     "july",     "august",
                                                "september", "october",  "november", "december"};
  if (word.size() < 3) return 0;
  for (unsigned m = 0; m < 12; ++m) {
    const std::string_view name = kNames[m];
    if (word.size() > name.size()) continue;
    bool match = true;
    for (size_t i = 0; i < word.size() && match; ++i) match = lower(word[i]) == name[i];
    if (match) return m + 1;
  }
  return 0;
}

struct Dateline {
  std::string_view place;  // "London"
  unsigned day = 0;
  unsigned month = 0;
  std::string_view lede;  // the rest of the block, possibly empty
};

// "Place, D Mon - lede": the regex ^([^,]+), (\d{1,2}) (Jan|...|Dec)[a-z]* - (.*) with any run
// of spaces or no-break spaces where the pattern has one space, and '-' or an en/em dash.
std::optional<Dateline> parse_dateline(std::string_view s) {
  Dateline d;
  const size_t comma = s.find(',');
  if (comma == std::string_view::npos || comma > kMaxSourceLineBytes) return std::nullopt;
  d.place = detail::trim_ascii(s.substr(0, comma));
  if (d.place.empty()) return std::nullopt;
  size_t pos = comma + 1;
  if (skip_spaces(s, pos) == 0) return std::nullopt;
  const size_t digits = pos;
  while (pos < s.size() && is_digit(s[pos]) && pos - digits < 3)
    d.day = d.day * 10 + (s[pos++] - '0');
  if (pos == digits || pos - digits > 2) return std::nullopt;
  if (skip_spaces(s, pos) == 0) return std::nullopt;
  const size_t word = pos;
  while (pos < s.size() && is_letter(s[pos])) ++pos;
  d.month = month_from_word(s.substr(word, pos - word));
  if (d.month == 0) return std::nullopt;
  skip_spaces(s, pos);
  if (s.substr(pos, 1) == "-") {
    pos += 1;
  } else if (s.substr(pos, 3) == "–" || s.substr(pos, 3) == "—") {
    pos += 3;
  } else {
    return std::nullopt;
  }
  skip_spaces(s, pos);
  d.lede = detail::trim_ascii(s.substr(pos));
  return d;
}

bool is_source_line(const Block& b) {
  if (b.line_count != 1 || b.text.empty() || b.text.size() >= kMaxSourceLineBytes) return false;
  if (b.text.find(" - ") != std::string::npos) return false;
  return std::string_view(".,;:!?").find(b.text.back()) == std::string_view::npos;
}

// For digests without a double blank line before the headlines: a short single line that
// does not end like a sentence.
bool looks_like_headline(const Block& b) {
  if (b.line_count != 1 || b.text.size() > kMaxHeadlineBytes) return false;
  const std::string_view t = b.text;
  for (std::string_view end : {".", "!", "?", ":", "\"", "'", "…", "”", "’"})
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return false;
  return true;
}

// A date with an explicit year in a headline: "August 11, 2016", "11 August 2016",
// "2016-08-11". "23 November" has no year and gives nothing.
std::optional<DayNumber> explicit_date_in(std::string_view s) {
  struct Token {
    std::string_view text;
    bool digits;
    std::string_view gap_before;  // separator between this token and the previous one
  };
  std::vector<Token> tokens;
  size_t pos = 0, gap = 0;
  while (pos < s.size()) {
    if (!is_letter(s[pos]) && !is_digit(s[pos])) {
      ++pos;
      continue;
    }
    const size_t start = pos;
    const bool digits = is_digit(s[pos]);
    while (pos < s.size() && (digits ? is_digit(s[pos]) : is_letter(s[pos]))) ++pos;
    tokens.push_back({s.substr(start, pos - start), digits, s.substr(gap, start - gap)});
    gap = pos;
  }
  auto number = [](std::string_view t) {
    unsigned n = 0;
    for (char c : t) n = n * 10 + static_cast<unsigned>(c - '0');
    return n;
  };
  auto spaced = [](std::string_view g) {  // "11, 2016", "Aug. 11": spaces, commas, dots only
    return !g.empty() && g.size() <= 4 && g.find_first_not_of(" ,.") == std::string_view::npos;
  };
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    const Token &a = tokens[i], &b = tokens[i + 1], &c = tokens[i + 2];
    if (!c.digits || c.text.size() != 4) continue;
    const int year = static_cast<int>(number(c.text));
    std::optional<DayNumber> day;
    if (!a.digits && b.digits && b.text.size() <= 2 && spaced(b.gap_before) &&
        spaced(c.gap_before) && month_from_word(a.text)) {
      day = make_day(year, month_from_word(a.text), number(b.text));
    } else if (a.digits && a.text.size() <= 2 && !b.digits && spaced(b.gap_before) &&
               spaced(c.gap_before) && month_from_word(b.text)) {
      day = make_day(year, month_from_word(b.text), number(a.text));
    }
    if (day) return day;
  }
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    const Token &a = tokens[i], &b = tokens[i + 1], &c = tokens[i + 2];
    if (a.digits && a.text.size() == 4 && b.gap_before == "-" && c.gap_before == "-")
      if (auto day = parse_date(
              std::string_view(a.text.data(), c.text.data() + c.text.size() - a.text.data())))
        return day;
  }
  return std::nullopt;
}

class DigestBuilder {
 public:
  DigestBuilder(std::string_view text, LoadResult& out) : text_(text), out_(out) {}

  void add_brief(const Block& source, const Block& dateline_block, const Dateline& d, int year,
                 std::span<const Block> body) {
    Bundle& bundle = out_.bundle;
    Brief b;
    b.source = bundle.text.store(source.text);
    b.dateline = bundle.text.store(d.place);
    if (auto day = make_day(year, d.month, d.day)) {
      b.day = *day;
      b.date_text = bundle.text.store(format_iso_date(*day));
    } else {
      warn(dateline_block, "the dateline's day " + std::to_string(d.day) + "/" +
                               std::to_string(d.month) + " is not a date in " +
                               std::to_string(year) + "; the brief is shown as undated");
    }
    b.first_paragraph = static_cast<uint32_t>(bundle.paragraphs.size());
    b.first_tag = static_cast<uint32_t>(bundle.tags.size());
    if (!d.lede.empty()) bundle.paragraphs.push_back(bundle.text.store(d.lede));
    for (const Block& paragraph : body)
      bundle.paragraphs.push_back(bundle.text.store(paragraph.text));
    b.paragraph_count = static_cast<uint32_t>(bundle.paragraphs.size()) - b.first_paragraph;
    if (b.paragraph_count > 0) {
      b.title = derive_title(bundle.paragraphs[b.first_paragraph], kDerivedTitleBytes, bundle.text);
      b.title_derived = true;
    } else {
      b.title = b.source;  // a dateline with nothing after it: better than an empty title
      warn(dateline_block, "the brief has no text after its dateline");
    }
    push(b);
  }

  void add_headline(const Block& block) {
    Bundle& bundle = out_.bundle;
    Brief b;
    b.title = bundle.text.store(block.text);
    if (auto day = explicit_date_in(block.text)) {
      b.day = *day;
      b.date_text = bundle.text.store(format_iso_date(*day));
    }
    b.first_paragraph = static_cast<uint32_t>(bundle.paragraphs.size());
    b.first_tag = static_cast<uint32_t>(bundle.tags.size());
    push(b);
  }

  void warn(const Block& block, std::string message, bool about_brief = true) {
    Diagnostic d =
        detail::diagnostic_at(Diagnostic::Level::kWarning, text_, block.offset, std::move(message));
    if (about_brief) d.brief_index = static_cast<int64_t>(out_.bundle.briefs.size());
    out_.diagnostics.push_back(std::move(d));
  }

 private:
  void push(Brief& b) {
    Bundle& bundle = out_.bundle;
    std::string_view id = derive_id(bundle, b, bundle.text);
    for (size_t n = 2; ids_.count(id); ++n)  // identical briefs: b-…-2, b-…-3
      id = bundle.text.store(std::string(id.substr(0, 14)) + "-" + std::to_string(n));
    ids_.insert(id);
    b.id = id;
    bundle.briefs.push_back(b);
  }

  std::string_view text_;
  LoadResult& out_;
  std::unordered_set<std::string_view> ids_;
};

}  // namespace

LoadResult parse_digest(std::string_view text, int year, std::string_view bundle_title) {
  LoadResult result;
  const detail::InputCheck check = detail::check_input_bytes(text, "digest");
  if (check.fatal) {
    result.diagnostics.push_back(*check.fatal);
    return result;
  }
  if (check.warning) result.diagnostics.push_back(*check.warning);
  text = text.substr(check.skip);
  const std::vector<Block> blocks = split_blocks(text);

  std::vector<size_t> starts;  // index of each brief's source-line block
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (is_source_line(blocks[i]) && parse_dateline(blocks[i + 1].text)) {
      starts.push_back(i);
      ++i;
    }
  }
  if (starts.empty()) {
    Diagnostic d;
    d.message =
        "no briefs found: a brief starts with a source line (\"Iran Focus\") followed by a "
        "dateline paragraph (\"London, 20 Feb - ...\")";
    result.diagnostics = {d};
    return result;
  }

  // After the last brief, a double blank line (or, failing that, a run of short lines that do
  // not end like sentences) starts the headlines.
  const size_t last_body = starts.back() + 2;
  size_t headlines = blocks.size();
  for (size_t j = last_body; j < blocks.size() && headlines == blocks.size(); ++j)
    if (blocks[j].blank_lines_before >= 2) headlines = j;
  if (headlines == blocks.size()) {
    while (headlines > last_body && looks_like_headline(blocks[headlines - 1])) --headlines;
  }

  Bundle& bundle = result.bundle;
  bundle.title = bundle.text.store(bundle_title);
  DigestBuilder builder(text, result);
  if (starts.front() > 0)
    builder.warn(blocks.front(), "the text before the first brief was skipped", false);
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t first = starts[k] + 2;
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : headlines;
    const std::span<const Block> body(blocks.data() + first, end - first);
    const Block& dateline = blocks[starts[k] + 1];
    builder.add_brief(blocks[starts[k]], dateline, *parse_dateline(dateline.text), year, body);
  }
  for (size_t j = headlines; j < blocks.size(); ++j) builder.add_headline(blocks[j]);
  result.ok = true;
  return result;
}

}  // namespace br
