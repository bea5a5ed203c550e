// docs/bundle.schema.json and docs/bundle-format.md agree with the parser: the schema lists the
// fields the parser knows, the default bundle validates against it, and every JSON example in
// the format's docs loads without a warning and validates too.
#include <gtest/gtest.h>

#include <simdjson.h>

#include <set>
#include <string>
#include <vector>

#include "brief_reader.h"
#include "parse.h"
#include "schema_check.h"
#include "test_data.h"

namespace br {
namespace {

std::set<std::string> keys_of(simdjson::dom::element object) {
  std::set<std::string> keys;
  simdjson::dom::object o;
  if (object.get_object().get(o)) return keys;
  for (auto [key, value] : o) keys.emplace(key);
  return keys;
}

template <size_t N>
std::set<std::string> as_set(const std::string_view (&names)[N]) {
  return {std::begin(names), std::end(names)};
}

// The ```json blocks of a Markdown text.
std::vector<std::string> json_examples(const std::string& markdown) {
  std::vector<std::string> out;
  const std::string open = "```json\n", close = "\n```";
  for (size_t at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
    const size_t start = at + open.size(), end = markdown.find(close, start);
    if (end == std::string::npos) break;
    out.push_back(markdown.substr(start, end - start));
    at = end;
  }
  return out;
}

TEST(SchemaTest, is_draft_2020_12_and_lists_the_fields_the_parser_knows) {
  const std::string text = test::bundle_schema_json();
  ASSERT_FALSE(text.empty()) << "docs/bundle.schema.json could not be read";
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(text);
  simdjson::dom::element schema;
  ASSERT_FALSE(parser.parse(padded).get(schema)) << "the schema is not valid JSON";
  std::string_view draft;
  ASSERT_FALSE(schema["$schema"].get_string().get(draft));
  EXPECT_EQ(draft, "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(keys_of(schema["properties"].value_unsafe()), as_set(detail::kBundleFields));
  EXPECT_EQ(keys_of(schema["$defs"]["brief"]["properties"].value_unsafe()),
            as_set(detail::kBriefFields));
}

TEST(SchemaTest, the_default_bundle_validates) {
  EXPECT_EQ(test::schema_errors(test::bundle_schema_json(), test::default_bundle_json()),
            std::vector<std::string>{});
}

TEST(SchemaTest, every_json_example_in_the_docs_loads_cleanly_and_validates) {
  const std::vector<std::string> examples = json_examples(test::bundle_format_md());
  ASSERT_EQ(examples.size(), 2u) << "docs/bundle-format.md: expected two bundle examples";
  for (const std::string& example : examples) {
    const LoadResult r = parse_bundle(PaddedBytes::copy_of(example));
    EXPECT_TRUE(r.ok) << example;
    EXPECT_TRUE(r.diagnostics.empty()) << example;
    EXPECT_GE(r.bundle.briefs.size(), 1u);
    EXPECT_EQ(test::schema_errors(test::bundle_schema_json(), example), std::vector<std::string>{});
  }
}

// The checker is real: bundles that break the schema's rules are rejected, each for its reason.
TEST(SchemaTest, rejects_bundles_that_break_its_rules) {
  const std::string schema = test::bundle_schema_json();
  auto errors = [&](std::string_view bundle) { return test::schema_errors(schema, bundle); };
  EXPECT_EQ(errors(R"({"version":1,"title":"T"})"),
            std::vector<std::string>{": lacks required \"briefs\""});
  EXPECT_EQ(errors(R"({"version":2,"title":"T","briefs":[]})"),
            std::vector<std::string>{"/version: is not 1"});
  EXPECT_EQ(errors(R"({"version":1,"title":"T","briefs":[{"title":"A","url":"javascript:x"}]})"),
            std::vector<std::string>{
                "/briefs/0/url: \"javascript:x\" does not match \"^[Hh][Tt][Tt][Pp][Ss]?://.\""});
  EXPECT_EQ(
      errors(R"({"version":1,"title":"T","briefs":[{"title":"A","date":"20 Feb 2017"}]})").size(),
      1u);
  EXPECT_EQ(errors(R"({"version":1,"title":"T","briefs":[{"title":"A","tags":"x"}]})"),
            std::vector<std::string>{"/briefs/0/tags: is string, not [\"array\",\"null\"]"});
  EXPECT_EQ(errors(R"({"version":1,"title":"T","briefs":[{"source":"S"}]})"),
            std::vector<std::string>{"/briefs/0: matches 0 of the schemas in anyOf"});
  EXPECT_EQ(errors(R"({"version":1,"title":"T","briefs":[{"body":[1]}]})"),
            std::vector<std::string>{"/briefs/0/body: matches 0 of the schemas in anyOf"});
  EXPECT_EQ(
      errors(
          R"({"version":1,"title":"T","briefs":[{"title":"A","date":"2017-02-20T10:00:00+03:00"}]})"),
      std::vector<std::string>{});
  EXPECT_EQ(test::schema_errors(R"({"minLength":1})", R"("x")"),
            std::vector<std::string>{": unsupported schema keyword \"minLength\""});
}

}  // namespace
}  // namespace br
