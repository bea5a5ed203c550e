// parse_bundle loads a good bundle in one On-Demand walk and only falls back to validating
// first when that walk meets a problem. Whatever the input, the result must be exactly the
// precise path's: the same bundle, the same warnings, the same error with the same position.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "bundle_json.h"
#include "parse.h"
#include "test_data.h"

namespace br {
namespace {

// A bundle touching every path of the walk: unknown fields holding nested values, nulls, wrong
// types, duplicates, escapes, numbers, a body given as text, tags.
constexpr std::string_view kSeed = R"({
  "version": 1, "title": "Seed \u00e9\"", "description": null, "extra": {"a": [1, -2.5e3, true,
  false, null, "x\n"], "b": {}}, "language": 7,
  "briefs": [
    {"id": "a", "date": "2017-02-20", "source": "S", "dateline": "D", "title": "T",
     "body": ["One.", "Two \ud83d\ude00."], "url": "https://e.org/x", "tags": ["k", "l"],
     "unknown": [[], [{}], {"z": null}]},
    {"id": "a", "title": null, "body": "First.\n\nSecond.", "title": "Again", "date": 5},
    {"title": ["no"], "body": {"no": 1}, "tags": "no", "url": "ftp://x", "id": false},
    [1, 2], "text", 3,
    {"body": [1, "Kept."], "tags": [null, "t"], "date": "2017-13-01"}
  ],
  "briefs": [{"title": "ignored"}],
  "generated_at": "2017-02-21T00:00:00Z"
}
)";

void expect_same(const LoadResult& fast, const LoadResult& precise, std::string_view input) {
  SCOPED_TRACE(std::string(input));
  ASSERT_EQ(fast.ok, precise.ok);
  ASSERT_EQ(fast.diagnostics.size(), precise.diagnostics.size());
  for (size_t i = 0; i < fast.diagnostics.size(); ++i) {
    const Diagnostic& a = fast.diagnostics[i];
    const Diagnostic& b = precise.diagnostics[i];
    EXPECT_EQ(a.level, b.level);
    EXPECT_EQ(a.message, b.message);
    EXPECT_EQ(a.brief_index, b.brief_index);
    EXPECT_EQ(a.brief_id, b.brief_id);
    EXPECT_EQ(a.field, b.field);
    EXPECT_EQ(a.line, b.line);
    EXPECT_EQ(a.column, b.column);
    EXPECT_EQ(a.excerpt, b.excerpt);
  }
  EXPECT_EQ(write_bundle_json(fast.bundle), write_bundle_json(precise.bundle));
}

// Both ways of calling parse_bundle: copying the text, and keeping the bytes with views into them.
void expect_same(std::string_view input) {
  const PaddedBytes bytes = PaddedBytes::copy_of(input);
  const LoadResult precise = detail::parse_bundle_validated(bytes);
  expect_same(parse_bundle(bytes), precise, input);
  expect_same(parse_bundle(PaddedBytes::copy_of(input)), precise, input);
}

// Deterministic pseudo-random numbers for the mutations (xorshift).
struct Random {
  uint64_t state;
  uint32_t below(uint32_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<uint32_t>(state % n);
  }
};

TEST(ParseOnePassTest, the_seed_loads_with_warnings_and_agrees) {
  const LoadResult r = parse_bundle(PaddedBytes::copy_of(kSeed));
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.bundle.briefs.size(), 3u);
  EXPECT_GT(r.diagnostics.size(), 5u);
  expect_same(kSeed);
}

TEST(ParseOnePassTest, a_kept_file_backs_the_strings_without_escapes) {
  const LoadResult r = parse_bundle(PaddedBytes::copy_of(
      R"({"title": "Plain", "briefs": [{"title": "Caf\u00e9", "body": ["x"]}]})"));
  ASSERT_TRUE(r.ok);
  const std::string_view file = r.bundle.source.view();
  auto in_file = [file](std::string_view s) {
    return s.data() >= file.data() && s.data() + s.size() <= file.data() + file.size();
  };
  EXPECT_EQ(r.bundle.title, "Plain");
  EXPECT_TRUE(in_file(r.bundle.title));
  EXPECT_TRUE(in_file(r.bundle.paragraphs[0]));
  EXPECT_EQ(r.bundle.briefs[0].title, "Caf\xC3\xA9");  // unescaped, so a copy
  EXPECT_FALSE(in_file(r.bundle.briefs[0].title));

  const PaddedBytes bytes = PaddedBytes::copy_of(R"({"title": "Plain", "briefs": []})");
  const LoadResult copied = parse_bundle(bytes);
  EXPECT_TRUE(copied.bundle.source.view().empty());
  EXPECT_EQ(copied.bundle.title, "Plain");
}

TEST(ParseOnePassTest, agrees_on_the_default_bundle) {
  expect_same(test::default_bundle_json());
}

TEST(ParseOnePassTest, malformed_json_where_the_walk_reads_nothing_is_still_an_error) {
  const std::string cases[] = {
      R"({"briefs": [{"title": "a", "x": [1, 2}]}]})",  // mismatched bracket, unknown field
      R"({"briefs": [{"title": "a", "x": tru}]})",      // truncated literal
      R"({"briefs": [{"title": "a", "x": nul}]})",
      R"({"briefs": [{"title": "a", "date": nulll}]})",  // null read as "absent"
      R"({"briefs": [{"title": "a", "x": "\q"}]})",      // bad escape
      R"({"briefs": [{"title": "a", "x": "\ud800"}]})",  // lone surrogate
      R"({"briefs": [{"title": "a", "x": 1.2.3}]})",     // bad number
      R"({"briefs": [{"title": "a", "x": 1e999}]})",     // number out of range
      R"({"version": 1.2.3, "briefs": []})",             // read_version's warning path
      R"({"version": "\x", "briefs": []})",
      R"({"title": [1 2], "briefs": []})",               // wrong type for a known field
      R"({"briefs": [[1, 2,]]})",                        // a brief that is not an object
      R"({"briefs": [{"tags": {"a" 1}}]})",              // wrong type for tags
      R"({"briefs": [{"title": "a"}], "briefs": [}]})",  // the ignored second list
      R"({"briefs": []} x)",                             // trailing content
      R"({"briefs": []}})",
      R"({"briefs": []}, {})",
  };
  for (const std::string& input : cases) {
    const LoadResult r = parse_bundle(PaddedBytes::copy_of(input));
    EXPECT_FALSE(r.ok) << input;
    expect_same(input);
  }
}

TEST(ParseOnePassTest, deep_values_in_unknown_fields_load_as_before) {
  expect_same(R"({"x": )" + std::string(300, '[') + std::string(300, ']') +
              R"(, "briefs": [{"title": "a"}]})");
}

// Every single-byte deletion, and random insertions, replacements and swaps of JSON's own
// characters: whatever they break, both paths must say the same.
TEST(ParseOnePassTest, agrees_with_the_precise_path_on_mutated_bundles) {
  const std::string seed(kSeed);
  for (size_t i = 0; i < seed.size(); ++i) expect_same(seed.substr(0, i) + seed.substr(i + 1));
  constexpr std::string_view kAlphabet = "{}[]:,\"\\ \n01-+.eEtrufalsn\xC3\xA9\x80";
  Random random{0x9E3779B97F4A7C15ull};
  for (int n = 0; n < 3000; ++n) {
    std::string s = seed;
    const int edits = 1 + static_cast<int>(random.below(3));
    for (int e = 0; e < edits; ++e) {
      const size_t at = random.below(static_cast<uint32_t>(s.size()));
      const char c = kAlphabet[random.below(static_cast<uint32_t>(kAlphabet.size()))];
      switch (random.below(3)) {
        case 0:
          s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        case 1:
          s[at] = c;
          break;
        default:
          std::swap(s[at], s[random.below(static_cast<uint32_t>(s.size()))]);
      }
    }
    expect_same(s);
    if (HasFailure()) return;  // one counterexample is enough to read
  }
}

}  // namespace
}  // namespace br
