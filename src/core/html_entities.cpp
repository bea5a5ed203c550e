// Character references, following the HTML standard's rules for numeric references and a
// deliberate subset of its 2,231 names: the ones feed generators actually write. A table of all
// of them would cost more page weight than the rest of the HTML-to-text converter; an unknown
// name stays as written, which readers recognise, rather than turning into something wrong.
#include "html_entities.h"

#include <iterator>

namespace br::detail {
namespace {

// HTML 4's Latin-1 names, for U+00A0..U+00FF in code point order.
constexpr std::string_view kLatin1[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
static_assert(std::size(kLatin1) == 96);

struct Named {
  std::string_view name;
  uint32_t code_point;
};
constexpr Named kOther[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},    {"lt", 0x3C},
    {"gt", 0x3E},       {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"oline", 0x203E},  {"frasl", 0x2044}, {"euro", 0x20AC},
    {"trade", 0x2122},  {"larr", 0x2190},   {"uarr", 0x2191},  {"rarr", 0x2192},
    {"darr", 0x2193},   {"harr", 0x2194},   {"rArr", 0x21D2},  {"minus", 0x2212},
    {"infin", 0x221E},  {"asymp", 0x2248},  {"ne", 0x2260},    {"le", 0x2264},
    {"ge", 0x2265},     {"hearts", 0x2665}};

// What browsers show for &#128; .. &#159;: the Windows-1252 characters (0 = keep the value).
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Names that browsers also decode without the ';' ("Tom &amp Jerry").
constexpr std::string_view kLegacyNoSemicolon[] = {"amp", "lt", "gt", "quot", "nbsp"};

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

uint32_t lookup(std::string_view name) {
  for (size_t i = 0; i < std::size(kLatin1); ++i)
    if (kLatin1[i] == name) return static_cast<uint32_t>(0xA0 + i);
  for (const Named& n : kOther)
    if (n.name == name) return n.code_point;
  return 0;
}

size_t decode_numeric(std::string_view text, size_t pos, std::string& out) {
  size_t i = pos + 2;  // after "&#"
  const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  const size_t digits = i;
  uint32_t value = 0;
  for (; i < text.size(); ++i) {
    const int d =
        hex ? hex_value(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
    if (d < 0) break;
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (i == digits) return 0;  // "&#;" or "&#x" is not a reference
  if (i < text.size() && text[i] == ';') ++i;
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0)
    value = kWindows1252[value - 0x80];
  // NUL and the control characters that cannot be shown (all but tab and line breaks).
  const bool control =
      (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') ||
      (value >= 0x7F && value <= 0x9F);
  if (control) value = 0xFFFD;
  append_utf8(out, value);
  return i - pos;
}

}  // namespace

size_t decode_entity(std::string_view text, size_t pos, std::string& out) {
  if (pos + 1 >= text.size() || text[pos] != '&') return 0;
  if (text[pos + 1] == '#') return decode_numeric(text, pos, out);
  size_t end = pos + 1;
  while (end < text.size() && end - pos <= 8 && is_alnum(text[end])) ++end;
  const std::string_view name = text.substr(pos + 1, end - pos - 1);
  if (name.empty()) return 0;
  if (end < text.size() && text[end] == ';') {
    const uint32_t cp = lookup(name);
    if (cp == 0) return 0;
    append_utf8(out, cp);
    return end - pos + 1;
  }
  // Without ';', as browsers do in text: "&amp Jerry", "&lt3".
  for (std::string_view legacy : kLegacyNoSemicolon) {
    if (name.substr(0, legacy.size()) != legacy) continue;
    append_utf8(out, lookup(legacy));
    return 1 + legacy.size();
  }
  return 0;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, amp - pos));
    const size_t used = decode_entity(text, amp, out);
    if (used == 0) out += '&';
    pos = amp + (used == 0 ? 1 : used);
  }
  return out;
}

}  // namespace br::detail
