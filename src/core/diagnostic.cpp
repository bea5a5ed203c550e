// One readable line per diagnostic, for tools and logs, in the compiler style editors and
// people already know: "error: 3:14: message [brief 2 'b-1' field date]", and the excerpt of
// the input on an indented second line when there is one.
#include "diagnostic.h"

namespace br {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.is_error() ? "error: " : "warning: ";
  if (d.line > 0) out += std::to_string(d.line) + ":" + std::to_string(d.column) + ": ";
  out += d.message;

  std::string context;
  if (d.brief_index >= 0) context += "brief " + std::to_string(d.brief_index);
  if (!d.brief_id.empty()) {
    if (!context.empty()) context += ' ';
    context += "'" + d.brief_id + "'";
  }
  if (!d.field.empty()) {
    if (!context.empty()) context += ' ';
    context += "field " + d.field;
  }
  if (!context.empty()) out += " [" + context + "]";

  if (!d.excerpt.empty()) out += "\n    near: " + d.excerpt;
  return out;
}

}  // namespace br
