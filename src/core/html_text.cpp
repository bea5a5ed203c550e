// A small HTML-to-text converter instead of a full HTML5 parser: a brief needs paragraphs of
// text, not a DOM, and a tokenizer that knows which elements break paragraphs and which hide
// their content is a few kilobytes of wasm where a conforming parser is a hundred or more.
// It scans once, left to right; tags are recognised the way the HTML tokenizer does (a '<' not
// followed by a letter, '/', '!' or '?' is text; quoted attribute values may hold '>').
#include "html_text.h"

#include <iterator>

#include "html_entities.h"

namespace br::detail {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

// Elements whose content is raw text up to their end tag, never shown.
constexpr std::string_view kRawTextDropped[] = {
    "script", "style", "iframe", "noembed", "noframes", "noscript", "title", "textarea", "xmp"};
// Elements whose content is markup that is not part of the text.
constexpr std::string_view kSubtreeDropped[] = {"svg",   "math",  "template", "head",  "select",
                                                "audio", "video", "object",   "canvas"};
// Elements that start and end a paragraph.
constexpr std::string_view kBlocks[] = {
    "address", "article", "aside", "blockquote", "body",    "caption",  "center",     "dd",
    "details", "dialog",  "div",   "dl",         "dt",      "fieldset", "figcaption", "figure",
    "footer",  "form",    "h1",    "h2",         "h3",      "h4",       "h5",         "h6",
    "header",  "hgroup",  "hr",    "html",       "legend",  "li",       "main",       "nav",
    "ol",      "p",       "pre",   "section",    "summary", "table",    "tbody",      "tfoot",
    "thead",   "tr",      "ul"};

template <size_t N>
bool one_of(std::string_view name, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (s == name) return true;
  return false;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position of the next case-insensitive "</name" at or after pos, or npos.
size_t find_end_tag(std::string_view html, size_t pos, std::string_view name) {
  for (size_t at = html.find("</", pos); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (at + 2 + name.size() > html.size()) return std::string_view::npos;
    bool match = true;
    for (size_t k = 0; k < name.size() && match; ++k) match = lower(html[at + 2 + k]) == name[k];
    const size_t after = at + 2 + name.size();
    if (match && (after == html.size() || is_html_space(html[after]) || html[after] == '>' ||
                  html[after] == '/'))
      return at;
  }
  return std::string_view::npos;
}

class Converter {
 public:
  explicit Converter(std::string_view html) : html_(html) {}

  std::vector<std::string> run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const size_t lt = html_.find('<', pos);
      text(html_.substr(pos, (lt == std::string_view::npos ? html_.size() : lt) - pos));
      if (lt == std::string_view::npos) break;
      pos = markup(lt);
    }
    end_paragraph();
    return std::move(out_);
  }

 private:
  // Handles the markup at html_[lt] == '<'; returns where scanning continues.
  size_t markup(size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      const size_t end = html_.find("-->", lt + 4);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      const size_t end = html_.find("]]>", lt + 9);
      const size_t stop = end == std::string_view::npos ? html_.size() : end;
      literal(html_.substr(lt + 9, stop - lt - 9));
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    const bool closing = rest.size() > 1 && rest[1] == '/';
    const size_t name_start = lt + (closing ? 2 : 1);
    if (rest.size() > 1 &&
        (rest[1] == '!' || rest[1] == '?' || (closing && rest.size() > 2 && !is_letter(rest[2])))) {
      // <!DOCTYPE ...>, <?xml ...?>, </ 3>: bogus comments, up to the next '>'.
      const size_t end = html_.find('>', lt + 1);
      return end == std::string_view::npos ? html_.size() : end + 1;
    }
    if (name_start >= html_.size() || !is_letter(html_[name_start])) {
      text("<");
      return lt + 1;
    }
    size_t i = name_start;
    std::string name;
    while (i < html_.size() && !is_html_space(html_[i]) && html_[i] != '/' && html_[i] != '>')
      name += lower(html_[i++]);
    // Attributes: skip to the '>' that is not inside a quoted value.
    char quote = 0;
    bool self_closing = false;
    for (; i < html_.size(); ++i) {
      const char c = html_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        self_closing = i > name_start && html_[i - 1] == '/';
        break;
      }
    }
    const size_t next = i < html_.size() ? i + 1 : html_.size();
    closing ? end_tag(name) : start_tag(name, self_closing);
    if (!closing && one_of(name, kRawTextDropped) && !self_closing) {
      const size_t end = find_end_tag(html_, next, name);
      if (end == std::string_view::npos) return html_.size();
      const size_t gt = html_.find('>', end);
      return gt == std::string_view::npos ? html_.size() : gt + 1;
    }
    return next;
  }

  void start_tag(const std::string& name, bool self_closing) {
    if (skip_depth_ > 0) {
      if (name == skip_name_ && !self_closing) ++skip_depth_;
      return;
    }
    if (one_of(name, kSubtreeDropped)) {
      if (!self_closing) {
        skip_name_ = name;
        skip_depth_ = 1;
      }
      return;
    }
    if (name == "br") {
      end_paragraph();
    } else if (name == "td" || name == "th") {
      space_ = !current_.empty();
    } else if (one_of(name, kBlocks)) {
      end_paragraph();
      if (name == "li") bullet_ = true;
      if (name == "pre") {
        ++pre_;
        after_pre_start_ = true;
      }
    }
  }

  void end_tag(const std::string& name) {
    if (skip_depth_ > 0) {
      if (name == skip_name_) --skip_depth_;
      return;
    }
    if (name == "br") {
      end_paragraph();  // browsers treat </br> as <br>
    } else if (one_of(name, kBlocks)) {
      end_paragraph();
      if (name == "li" || name == "ul" || name == "ol") bullet_ = false;
      if (name == "pre" && pre_ > 0) --pre_;
    }
  }

  // Text between tags: references decoded, white space collapsed (outside <pre>).
  void text(std::string_view raw) {
    if (raw.empty() || skip_depth_ > 0) return;
    for (size_t i = 0; i < raw.size();) {
      if (raw[i] == '&') {
        std::string decoded;
        if (const size_t used = decode_entity(raw, i, decoded)) {
          literal(decoded);
          i += used;
          continue;
        }
      }
      const size_t amp = raw.find('&', i + 1);
      const size_t stop = amp == std::string_view::npos ? raw.size() : amp;
      literal(raw.substr(i, stop - i));
      i = stop;
    }
  }

  void literal(std::string_view s) {
    if (skip_depth_ > 0) return;
    for (const char c : s) {
      if (pre_ > 0) {
        if (after_pre_start_ && c == '\n') {  // a line break right after <pre> is not shown
          after_pre_start_ = false;
          continue;
        }
        after_pre_start_ = false;
        if (c == '\r') continue;
        if (c == '\n' || c == ' ' || c == '\t') {
          if (current_.empty() && !bullet_) continue;
          current_ += c == '\t' ? ' ' : c;
          continue;
        }
      } else if (is_html_space(c)) {
        space_ = !current_.empty();
        continue;
      }
      if (current_.empty() && bullet_) {
        current_ = "• ";
        bullet_ = false;
      } else if (space_) {
        current_ += ' ';
      }
      space_ = false;
      current_ += c;
    }
  }

  void end_paragraph() {
    std::string_view p = current_;
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      while (!p.empty() && is_html_space(p.front())) p.remove_prefix(1), trimmed = true;
      while (!p.empty() && is_html_space(p.back())) p.remove_suffix(1), trimmed = true;
      if (p.substr(0, 2) == kNbsp) p.remove_prefix(2), trimmed = true;
      if (p.size() >= 2 && p.substr(p.size() - 2) == kNbsp) p.remove_suffix(2), trimmed = true;
    }
    if (!p.empty()) out_.emplace_back(p);
    current_.clear();
    space_ = false;
  }

  std::string_view html_;
  std::vector<std::string> out_;
  std::string current_;
  bool space_ = false;   // a space is due before the next character
  bool bullet_ = false;  // the next paragraph is a list item
  int pre_ = 0;          // inside <pre>
  bool after_pre_start_ = false;
  std::string skip_name_;  // the dropped element being skipped
  int skip_depth_ = 0;
};

}  // namespace

std::vector<std::string> html_to_paragraphs(std::string_view html) {
  return Converter(html).run();
}

}  // namespace br::detail
