// HTML to plain paragraphs (JSON Feed content_html) and character references: what a reader
// sees in a browser, minus the markup.
#include "html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html_entities.h"

namespace br::detail {
namespace {

using Paragraphs = std::vector<std::string>;

TEST(HtmlTextTest, block_elements_and_br_end_paragraphs) {
  EXPECT_EQ(html_to_paragraphs("<p>One.</p><p>Two <b>bold</b>.</p><div>Three</div>Four<br>Five"),
            (Paragraphs{"One.", "Two bold.", "Three", "Four", "Five"}));
  EXPECT_EQ(html_to_paragraphs("<h2>Head</h2>Text<blockquote>Quote</blockquote><hr/>End"),
            (Paragraphs{"Head", "Text", "Quote", "End"}));
  EXPECT_EQ(html_to_paragraphs("<P CLASS=x>Upper</P><BR><Br/>case"), (Paragraphs{"Upper", "case"}));
}

TEST(HtmlTextTest, collapses_white_space_and_keeps_inline_words_together) {
  EXPECT_EQ(html_to_paragraphs("  <p>\n  Many   spaces\tand\r\nlines </p>\n\n  "),
            (Paragraphs{"Many spaces and lines"}));
  EXPECT_EQ(html_to_paragraphs("<p>in<i>line</i> <a href=\"/x\">link</a>s</p>"),
            (Paragraphs{"inline links"}));
  EXPECT_EQ(html_to_paragraphs("plain text with no tags"), (Paragraphs{"plain text with no tags"}));
  EXPECT_EQ(html_to_paragraphs(""), Paragraphs{});
}

TEST(HtmlTextTest, drops_empty_paragraphs_including_no_break_spaces) {
  EXPECT_EQ(html_to_paragraphs("<p>&nbsp;</p><p>A</p><p> </p><div><p>B&nbsp;</p></div><p></p>"),
            (Paragraphs{"A", "B"}));
  // Inside a paragraph a no-break space stays what it is.
  EXPECT_EQ(html_to_paragraphs("<p>20&nbsp;Feb</p>"), (Paragraphs{"20\xC2\xA0"
                                                                  "Feb"}));
}

TEST(HtmlTextTest, drops_scripts_styles_comments_and_non_text_elements) {
  EXPECT_EQ(html_to_paragraphs("<style>p{color:red}</style><p>Kept<script>alert('<p>x</p>')"
                               "</script> too</p><!-- <p>hidden</p> -->"),
            (Paragraphs{"Kept too"}));
  EXPECT_EQ(html_to_paragraphs("<svg><title>icon</title><svg><text>t</text></svg><g/></svg>After"),
            (Paragraphs{"After"}));
  EXPECT_EQ(html_to_paragraphs("<video src=v.mp4>Your browser cannot play this</video><p>Text</p>"
                               "<img src=a.png alt=\"A photo\"><iframe src=x>fallback</iframe>"),
            (Paragraphs{"Text"}));
  EXPECT_EQ(html_to_paragraphs("<SCRIPT type=x>if (a </b) {}</SCRIPT >Visible"),
            (Paragraphs{"Visible"}));
  EXPECT_EQ(html_to_paragraphs("Before<script>never closed <p>"), (Paragraphs{"Before"}));
  EXPECT_EQ(html_to_paragraphs("A<!-- never closed"), (Paragraphs{"A"}));
  EXPECT_EQ(html_to_paragraphs("<!DOCTYPE html><?xml version=\"1.0\"?>Doc"), (Paragraphs{"Doc"}));
}

TEST(HtmlTextTest, list_items_become_bulleted_paragraphs) {
  EXPECT_EQ(html_to_paragraphs("<p>List:</p><ul><li>one</li><li><p>two</p></li><li></li>"
                               "<li>three<ol><li>nested</li></ol></li></ul>after"),
            (Paragraphs{"List:", "• one", "• two", "• three", "• nested", "after"}));
}

TEST(HtmlTextTest, pre_keeps_line_breaks_and_spaces) {
  EXPECT_EQ(html_to_paragraphs("<pre>\nline 1\n  indented\n</pre><p>x   y</p>"),
            (Paragraphs{"line 1\n  indented", "x y"}));
}

TEST(HtmlTextTest, table_rows_are_paragraphs_and_cells_are_spaced) {
  EXPECT_EQ(html_to_paragraphs("<table><tr><th>City</th><th>Count</th></tr>"
                               "<tr><td>Ahvaz</td><td>12</td></tr></table>"),
            (Paragraphs{"City Count", "Ahvaz 12"}));
}

TEST(HtmlTextTest, takes_what_is_not_markup_as_text) {
  EXPECT_EQ(html_to_paragraphs("a < b and c<3 but <b>d</b> <> </ x> e"),
            (Paragraphs{"a < b and c<3 but d <> e"}));
  EXPECT_EQ(html_to_paragraphs("<a title=\"1 > 0\" href='x>y'>quoted</a> gt"),
            (Paragraphs{"quoted gt"}));
  EXPECT_EQ(html_to_paragraphs("text <unclosed attr=\"x"), (Paragraphs{"text"}));
  EXPECT_EQ(html_to_paragraphs("AT&T &c; Q&A"), (Paragraphs{"AT&T &c; Q&A"}));
  EXPECT_EQ(html_to_paragraphs("<![CDATA[raw <b>text</b>]]>"), (Paragraphs{"raw <b>text</b>"}));
}

TEST(HtmlTextTest, decodes_references_in_text) {
  EXPECT_EQ(html_to_paragraphs("<p>Iran&#8217;s &ldquo;oil&rdquo; &amp; gas &mdash; G&eacute;rard"
                               " &lt;tag&gt;</p>"),
            (Paragraphs{"Iran\xE2\x80\x99s \xE2\x80\x9Coil\xE2\x80\x9D & gas \xE2\x80\x94 "
                        "G\xC3\xA9rard <tag>"}));
  // A decoded line break is white space like any other.
  EXPECT_EQ(html_to_paragraphs("a&#10;&#10;b"), (Paragraphs{"a b"}));
}

TEST(HtmlEntitiesTest, decodes_numeric_references_by_the_html_rules) {
  EXPECT_EQ(decode_entities("&#233;&#xE9;&#XE9;&#x1F600;"),
            "\xC3\xA9\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(decode_entities("&#233 no semicolon"), "\xC3\xA9 no semicolon");
  EXPECT_EQ(decode_entities("&#146;&#150;"), "\xE2\x80\x99\xE2\x80\x93");  // Windows-1252
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(decode_entities("&#0;"), replacement);
  EXPECT_EQ(decode_entities("&#xD800;"), replacement);
  EXPECT_EQ(decode_entities("&#x110000;"), replacement);
  EXPECT_EQ(decode_entities("&#99999999999999999999;"), replacement);
  EXPECT_EQ(decode_entities("&#1;&#x9D;"), replacement + replacement);
  EXPECT_EQ(decode_entities("&#; &#x; &#"), "&#; &#x; &#");
}

TEST(HtmlEntitiesTest, decodes_the_common_named_references) {
  EXPECT_EQ(decode_entities("&nbsp;&copy;&yuml;&Agrave;&szlig;"),
            "\xC2\xA0\xC2\xA9\xC3\xBF\xC3\x80\xC3\x9F");
  EXPECT_EQ(decode_entities("&quot;&apos;&hellip;&euro;&trade;&ndash;&OElig;"),
            "\"'\xE2\x80\xA6\xE2\x82\xAC\xE2\x84\xA2\xE2\x80\x93\xC5\x92");
  EXPECT_EQ(decode_entities("Tom &amp Jerry &lt3"), "Tom & Jerry <3");
  EXPECT_EQ(decode_entities("&unknown; &eacute &Eacute;"), "&unknown; &eacute \xC3\x89");
  EXPECT_EQ(decode_entities("&"), "&");
  EXPECT_EQ(decode_entities("trailing &"), "trailing &");
}

TEST(HtmlEntitiesTest, append_utf8_encodes_every_length) {
  std::string out;
  append_utf8(out, 'A');
  append_utf8(out, 0xE9);
  append_utf8(out, 0x20AC);
  append_utf8(out, 0x1F600);
  append_utf8(out, 0xDC00);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

}  // namespace
}  // namespace br::detail
