// Inputs that cannot be read as a bundle at all: each must give ok == false, an empty bundle and
// exactly one error that names the problem and, for malformed JSON, points at the spot.
#include <gtest/gtest.h>

#include <string>

#include "parse.h"

namespace br {
namespace {

// Parses and checks the shape every fatal result must have; returns the single error.
Diagnostic fatal_error(std::string_view input) {
  const LoadResult r = parse_bundle(PaddedBytes::copy_of(input));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.bundle.briefs.empty());
  EXPECT_TRUE(r.bundle.title.empty());
  EXPECT_EQ(r.diagnostics.size(), 1u);
  if (r.diagnostics.empty()) return {};
  EXPECT_TRUE(r.diagnostics[0].is_error());
  return r.diagnostics[0];
}

TEST(ParseErrorsTest, says_when_the_file_is_empty) {
  EXPECT_EQ(fatal_error("").message, "the file is empty");
  EXPECT_EQ(fatal_error(" \r\n\t\n").message, "the file is empty (only spaces and line breaks)");
  EXPECT_EQ(fatal_error(PaddedBytes().view()).message, "the file is empty");
}

TEST(ParseErrorsTest, recognises_utf16_with_and_without_byte_order_mark) {
  using namespace std::string_literals;
  const char* expected = "the file is UTF-16; save it as UTF-8";
  EXPECT_EQ(fatal_error("\xFF\xFE{\0\"\0v\0"s).message, expected);
  EXPECT_EQ(fatal_error("\xFE\xFF\0{\0\"\0v"s).message, expected);
  EXPECT_EQ(fatal_error("{\0\"\0v\0e\0"s).message, expected);
}

TEST(ParseErrorsTest, names_images_archives_and_web_pages) {
  using namespace std::string_literals;
  EXPECT_EQ(fatal_error("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s).message,
            "this is a PNG image, not a bundle");
  EXPECT_EQ(fatal_error("\xFF\xD8\xFF\xE0\0\x10JFIF"s).message,
            "this is a JPEG image, not a bundle");
  EXPECT_EQ(fatal_error("%PDF-1.7\n").message, "this is a PDF document, not a bundle");
  EXPECT_EQ(fatal_error("\x1F\x8B\x08\0\0\0"s).message,
            "this is a gzip-compressed file (unpack it first), not a bundle");
  EXPECT_EQ(fatal_error("\n<!DOCTYPE html>\n<html><body>Not found</body></html>").message,
            "this is an HTML web page, not a bundle");
  EXPECT_EQ(fatal_error("RIFF\x24\0\0\0WEBPVP8 "s).message, "this is a WebP image, not a bundle");
}

// Found by the fuzzer: a file shorter than a signature it starts like must not be read past
// its end (this threw std::out_of_range, which aborts the wasm module).
TEST(ParseErrorsTest, a_short_file_that_starts_like_a_signature_is_malformed_json) {
  const Diagnostic d = fatal_error("RIFF{\n ");
  EXPECT_EQ(d.line, 1u);
  EXPECT_EQ(d.column, 1u);
  EXPECT_EQ(d.message.substr(0, 15), "malformed JSON:");
}

TEST(ParseErrorsTest, points_at_the_first_invalid_utf8_byte) {
  const Diagnostic d = fatal_error("{\"version\": 1,\n \"title\": \"Caf\xE9 cr\xE8me\"}");
  EXPECT_EQ(d.message,
            "the file is not valid UTF-8: byte 0xE9 does not fit here; save the file as UTF-8 (it "
            "may have been saved as Latin-1 or Windows-1252)");
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.column, 15u);
  EXPECT_EQ(d.excerpt, "\"title\": \"Caf");
}

TEST(ParseErrorsTest, rejects_truncated_utf8_sequences_and_overlong_forms) {
  EXPECT_EQ(fatal_error("{\"title\": \"\xE2\x80\"}").column, 12u);  // cut-off en dash
  EXPECT_EQ(fatal_error("{\"title\": \"\xC0\xAF\"}").column, 12u);  // overlong '/'
  EXPECT_EQ(fatal_error("{\"t\": \"\xED\xA0\x80\"}").column, 8u);   // UTF-16 surrogate
}

TEST(ParseErrorsTest, locates_a_trailing_comma_at_the_comma) {
  const Diagnostic d = fatal_error(
      "{\n"
      "  \"version\": 1,\n"
      "  \"title\": \"T\",\n"
      "  \"briefs\": [\n"
      "    {\"title\": \"a\"},\n"
      "  ]\n"
      "}\n");
  EXPECT_EQ(d.message, "malformed JSON: trailing ',' before ']' (remove the comma)");
  EXPECT_EQ(d.line, 5u);
  EXPECT_EQ(d.column, 19u);
  EXPECT_EQ(d.excerpt, "{\"title\": \"a\"},");
  EXPECT_EQ(format_diagnostic(d),
            "error: 5:19: malformed JSON: trailing ',' before ']' (remove the comma)\n"
            "    near: {\"title\": \"a\"},");

  const Diagnostic in_object = fatal_error("{\"version\": 1, \"title\": \"T\",}");
  EXPECT_EQ(in_object.message, "malformed JSON: trailing ',' before '}' (remove the comma)");
  EXPECT_EQ(in_object.column, 28u);
}

TEST(ParseErrorsTest, locates_a_missing_comma_at_the_next_item) {
  const Diagnostic fields = fatal_error(
      "{\n"
      "  \"version\": 1\n"
      "  \"title\": \"T\",\n"
      "  \"briefs\": []\n"
      "}");
  EXPECT_EQ(fields.message, "malformed JSON: missing ',' before this field");
  EXPECT_EQ(fields.line, 3u);
  EXPECT_EQ(fields.column, 3u);
  EXPECT_EQ(fields.excerpt, "\"title\": \"T\",");

  const Diagnostic items = fatal_error("{\"briefs\": [{\"title\": \"a\"} {\"title\": \"b\"}]}");
  EXPECT_EQ(items.message, "malformed JSON: missing ',' between list items");
  EXPECT_EQ(items.line, 1u);
  EXPECT_EQ(items.column, 28u);
}

TEST(ParseErrorsTest, counts_columns_in_characters_not_bytes) {
  const Diagnostic d = fatal_error("{\"title\": \"G\xC3\xA9rard\" \"briefs\": []}");
  EXPECT_EQ(d.message, "malformed JSON: missing ',' before this field");
  EXPECT_EQ(d.column, 20u);
}

TEST(ParseErrorsTest, locates_an_unclosed_string_at_its_opening_quote) {
  const Diagnostic d = fatal_error(
      "{\n"
      "  \"version\": 1,\n"
      "  \"title\": \"T,\n"
      "  \"briefs\": []\n"
      "}\n");
  EXPECT_EQ(d.message,
            "malformed JSON: this string is not closed on its line (a missing '\"'? a line break "
            "inside a string must be written as \\n)");
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.column, 12u);
  EXPECT_EQ(d.excerpt, "\"title\": \"T,");
}

TEST(ParseErrorsTest, locates_the_end_of_a_truncated_file) {
  const Diagnostic d = fatal_error(
      "{\"version\": 1, \"title\": \"T\",\n"
      " \"briefs\": [{\"title\": \"a\"},\n"
      "   {\"title\": \"b\"\n");
  EXPECT_EQ(d.message,
            "malformed JSON: the file ends before the JSON is complete: the '{' opened at 3:4 is "
            "not closed");
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.column, 17u);
  EXPECT_EQ(d.excerpt, "{\"title\": \"b\"");

  const Diagnostic in_string = fatal_error("{\"version\": 1, \"title\": \"Trunc");
  EXPECT_EQ(in_string.message, "malformed JSON: the file ends inside the string that starts here");
  EXPECT_EQ(in_string.column, 25u);

  const Diagnostic in_literal = fatal_error("{\"version\": 1, \"x\": tr");
  EXPECT_EQ(in_literal.message,
            "malformed JSON: the file ends before the JSON is complete: the '{' opened at 1:1 is "
            "not closed");
}

TEST(ParseErrorsTest, explains_other_common_hand_editing_mistakes) {
  const Diagnostic single = fatal_error("{'version': 1}");
  EXPECT_EQ(single.message,
            "malformed JSON: field names must be in double quotes, not single quotes");
  EXPECT_EQ(single.column, 2u);

  const Diagnostic comment = fatal_error("{\"version\": 1, // the format\n \"briefs\": []}");
  EXPECT_EQ(comment.message, "malformed JSON: comments are not allowed in JSON");
  EXPECT_EQ(comment.column, 16u);

  const Diagnostic bracket = fatal_error("{\"briefs\": [1, 2}");
  EXPECT_EQ(bracket.message, "malformed JSON: '}' does not close the '[' opened at 1:12");
  EXPECT_EQ(bracket.column, 17u);

  EXPECT_EQ(fatal_error("{\"briefs\": [], \"x\": True}").message,
            "malformed JSON: write true and false in lowercase");
  EXPECT_EQ(fatal_error("{\"briefs\": [], \"x\": \"a\tb\"}").message,
            "malformed JSON: a tab inside a string must be written as \\t");
  EXPECT_EQ(fatal_error("{\"briefs\": [], \"x\": \"\\q\"}").message,
            "malformed JSON: invalid escape '\\q' (write a backslash as \\\\)");
  EXPECT_EQ(fatal_error("{\"briefs\": [], \"x\": 012}").message,
            "malformed JSON: invalid number: leading zeros are not allowed");
  EXPECT_EQ(fatal_error("{\"briefs\": []} {}").message,
            "malformed JSON: unexpected text after the end of the JSON");
  EXPECT_EQ(fatal_error("{\"briefs\": [], \"x\": }").message,
            "malformed JSON: expected a value, found '}'");
}

TEST(ParseErrorsTest, reports_problems_only_simdjson_sees_without_a_position) {
  const Diagnostic surrogate = fatal_error(R"({"briefs": [], "x": "\ud800"})");
  EXPECT_EQ(surrogate.message,
            "malformed JSON: a string holds an invalid escape (such as a lone \\ud800)");
  EXPECT_EQ(surrogate.line, 0u);
  const Diagnostic number = fatal_error(R"({"briefs": [], "x": 1e999})");
  EXPECT_EQ(number.message, "malformed JSON: a number is out of range or not a valid number");
}

// Nesting: an unknown field may nest deep (the walk checks it the slow way past 128 levels), but
// past simdjson's limit of 1024 the file is refused, with a message and without a crash.
TEST(ParseErrorsTest, refuses_json_nested_deeper_than_1024_levels) {
  const auto nested = [](int depth) {
    return R"({"version": 1, "briefs": [{"source": "S", "body": "b"}], "x": )" +
           std::string(depth, '[') + std::string(depth, ']') + "}";
  };
  const LoadResult deep = parse_bundle(PaddedBytes::copy_of(nested(1000)));
  EXPECT_TRUE(deep.ok);
  EXPECT_EQ(deep.bundle.briefs.size(), 1u);
  EXPECT_EQ(fatal_error(nested(1100)).message, "the JSON is nested too deeply");
  EXPECT_EQ(fatal_error(nested(100000)).message, "the JSON is nested too deeply");
}

TEST(ParseErrorsTest, rejects_json_that_is_not_a_bundle) {
  EXPECT_EQ(fatal_error(R"([{"title": "a"}])").message,
            "the file is JSON, but not a bundle: it holds a list where an object { \"title\": "
            "..., \"briefs\": [...] } should be");
  EXPECT_EQ(fatal_error("42").message,
            "the file is JSON, but not a bundle: it holds a number where an object { \"title\": "
            "..., \"briefs\": [...] } should be");
  EXPECT_EQ(fatal_error(R"({"version": 1, "title": "T"})").message,
            "this JSON is not a bundle: it has no \"briefs\" list");
  const Diagnostic not_list = fatal_error(R"({"version": 1, "briefs": {"a": 1}})");
  EXPECT_EQ(not_list.message, "\"briefs\" is an object, not a list of briefs");
  EXPECT_EQ(not_list.line, 1u);
  EXPECT_EQ(not_list.column, 26u);
}

TEST(ParseErrorsTest, drops_the_bom_warning_when_the_load_fails) {
  const Diagnostic d = fatal_error("\xEF\xBB\xBF[1, 2,]");
  EXPECT_EQ(d.message, "malformed JSON: trailing ',' before ']' (remove the comma)");
  EXPECT_EQ(d.column, 6u);  // counted from after the byte order mark, as editors do
}

TEST(ParseErrorsTest, formats_diagnostics_with_their_context) {
  Diagnostic d;
  d.level = Diagnostic::Level::kWarning;
  d.message = "\"date\": \"Feb 31\" is not a date";
  d.line = 3;
  d.column = 14;
  d.brief_index = 2;
  d.brief_id = "b-1";
  d.field = "date";
  EXPECT_EQ(format_diagnostic(d),
            "warning: 3:14: \"date\": \"Feb 31\" is not a date [brief 2 'b-1' field date]");
  Diagnostic plain;
  plain.message = "the file is empty";
  EXPECT_EQ(format_diagnostic(plain), "error: the file is empty");
}

}  // namespace
}  // namespace br
