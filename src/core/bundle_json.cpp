// Writing bundles in the native format. The output is deterministic (fixed key order, fixed
// indentation) so generated assets diff cleanly and tests can compare bytes, and it is safe to
// paste inside an HTML <script> element ("</" is written as "<\/").
#include "bundle_json.h"

#include <cstdio>

#include "date.h"

namespace br {
namespace {

class Writer {
 public:
  std::string take() { return std::move(out_); }

  void open(char bracket) {
    out_ += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) newline();  // empty containers stay "[]"
    out_ += bracket;
    first_ = false;
  }
  void key(std::string_view name) {
    item();
    out_ += json_quote(name);
    out_ += ": ";
  }
  void string_member(std::string_view name, std::string_view value) {
    key(name);
    out_ += json_quote(value);
  }
  void string_item(std::string_view value) {
    item();
    out_ += json_quote(value);
  }
  void raw(std::string_view text) { out_ += text; }
  void item() {
    if (!first_) out_ += ',';
    newline();
    first_ = false;
  }

 private:
  void newline() {
    out_ += '\n';
    out_.append(2 * static_cast<size_t>(depth_), ' ');
  }

  std::string out_;
  int depth_ = 0;
  bool first_ = true;
};

// The date as the input wrote it when that is a valid bundle date (an RFC 3339 date-time keeps
// its time), otherwise the ISO day.
std::string date_for(const Brief& b) {
  if (!b.date_text.empty()) {
    const auto parsed = parse_date(b.date_text);
    if (parsed && *parsed == b.day) return std::string(b.date_text);
  }
  return format_iso_date(b.day);
}

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '/':
        out += (i > 0 && text[i - 1] == '<') ? "\\/" : "/";
        break;
      default:
        if (c < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", c);
          out += escape;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string write_bundle_json(const Bundle& bundle) {
  Writer w;
  w.open('{');
  w.key("version");
  w.raw("1");
  w.string_member("title", bundle.title);
  if (!bundle.description.empty()) w.string_member("description", bundle.description);
  if (!bundle.language.empty()) w.string_member("language", bundle.language);
  if (!bundle.generated_at.empty()) w.string_member("generated_at", bundle.generated_at);
  w.key("briefs");
  w.open('[');
  for (const Brief& b : bundle.briefs) {
    w.item();
    w.open('{');
    w.string_member("id", b.id);
    if (b.day != kUndated) w.string_member("date", date_for(b));
    w.string_member("source", b.source);
    w.string_member("dateline", b.dateline);
    if (!b.title_derived && !b.title.empty()) w.string_member("title", b.title);
    w.key("body");
    w.open('[');
    for (std::string_view paragraph : bundle.body(b)) w.string_item(paragraph);
    w.close(']');
    if (!b.url.empty()) w.string_member("url", b.url);
    if (b.tag_count > 0) {
      w.key("tags");
      w.open('[');
      for (std::string_view tag : bundle.tags_of(b)) w.string_item(tag);
      w.close(']');
    }
    w.close('}');
  }
  w.close(']');
  w.close('}');
  w.raw("\n");
  return w.take();
}

}  // namespace br
