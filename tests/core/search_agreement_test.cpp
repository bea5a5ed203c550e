// The index and the plain scanner (brief_matches) must agree on every query. Hundreds of queries
// are made from the default bundle's own words (deterministically) so that they hit: words,
// typed prefixes, phrases from the text, fields, exclusions, ORs, groups and dates. A larger
// generated bundle, whose words range from nearly every brief to a few, takes the engine down
// the paths small posting lists never reach (galloping through long lists, positions past the
// first skip entries, many day groups).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "bundle_json.h"
#include "parse.h"
#include "search.h"
#include "test_data.h"
#include "tokenize.h"

namespace br {
namespace {

class Lcg {
 public:
  uint32_t next(uint32_t n) {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((state_ >> 33) % n);
  }

 private:
  uint64_t state_ = 42;
};

struct Corpus {
  std::vector<std::string> words;    // folded words of the bundle, in text order
  std::vector<std::string> phrases;  // adjacent word pairs and triples from one paragraph
};

Corpus corpus_of(const Bundle& bundle) {
  Corpus c;
  for (std::string_view p : bundle.paragraphs) {
    std::vector<std::string> w;
    Tokenizer tokens(p);
    Token t;
    while (tokens.next(t)) w.emplace_back(t.folded);
    for (size_t i = 0; i + 1 < w.size(); ++i) {
      c.phrases.push_back(w[i] + " " + w[i + 1]);
      if (i + 2 < w.size()) c.phrases.push_back(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    }
    c.words.insert(c.words.end(), w.begin(), w.end());
  }
  return c;
}

std::string make_query(const Corpus& c, Lcg& r) {
  auto word = [&] { return c.words[r.next(static_cast<uint32_t>(c.words.size()))]; };
  auto leaf = [&]() -> std::string {
    switch (r.next(9)) {
      case 0:
        return word().substr(0, 2 + r.next(3)) + "*";
      case 1:
        return "\"" + c.phrases[r.next(static_cast<uint32_t>(c.phrases.size()))] + "\"";
      case 2:
        return "title:" + word();
      case 3:
        return "source:iran";
      case 4:
        return "dateline:london";
      case 5:
        return r.next(2) ? "on:2017-02" : "after:2017-02-15";
      case 6:
        return "2017-02-10..2017-02-18";
      default:
        return word();
    }
  };
  std::string q;
  const uint32_t parts = 1 + r.next(3);
  for (uint32_t i = 0; i < parts; ++i) {
    if (i > 0) q += r.next(4) == 0 ? " OR " : " ";
    if (r.next(5) == 0) q += "-";
    if (r.next(8) == 0)
      q += "(" + leaf() + " OR " + leaf() + ")";
    else
      q += leaf();
  }
  if (r.next(2)) q += " ";  // else the last word is being typed
  return q;
}

TEST(SearchAgreementTest, the_index_finds_exactly_what_scanning_finds) {
  LoadResult loaded = parse_bundle(PaddedBytes::copy_of(test::default_bundle_json()));
  ASSERT_TRUE(loaded.ok);
  const Bundle& bundle = loaded.bundle;
  const SearchIndex index = SearchIndex::build(bundle);
  const Corpus corpus = corpus_of(bundle);
  ASSERT_GT(corpus.words.size(), 500u);
  Lcg random;
  size_t nonempty = 0, partial = 0;
  for (int i = 0; i < 600; ++i) {
    const std::string text = make_query(corpus, random);
    const Query q = parse_query(text);
    std::vector<bool> by_index(bundle.briefs.size(), false);
    for (uint32_t d : search_docs(index, bundle, q)) by_index[index.brief_of(d)] = true;
    size_t hits = 0;
    for (uint32_t b = 0; b < bundle.briefs.size(); ++b) {
      const bool scanned = brief_matches(bundle, bundle.briefs[b], q);
      EXPECT_EQ(by_index[b], scanned) << "query " << text << " brief " << b;
      hits += scanned;
    }
    nonempty += hits > 0;
    partial += hits > 0 && hits < bundle.briefs.size();
  }
  // The queries are worth something: most find some briefs but not all.
  EXPECT_GT(nonempty, 300u);
  EXPECT_GT(partial, 250u);
}

// About 1,500 briefs over a year (some undated) from a 2,000-word vocabulary drawn so that a few
// words are in nearly every brief and most in a few.
std::string generated_bundle_json() {
  Lcg r;
  std::vector<std::string> vocabulary;
  const char* syllables[] = {"ka",  "ro", "mi", "sen", "ta", "lo",
                             "vir", "an", "de", "gu",  "pe", "zo"};
  while (vocabulary.size() < 2000) {
    std::string w;
    for (uint32_t n = 2 + r.next(3); n > 0; --n) w += syllables[r.next(12)];
    if (std::find(vocabulary.begin(), vocabulary.end(), w) == vocabulary.end())
      vocabulary.push_back(w);
  }
  auto word = [&] {
    const double u = r.next(1u << 20) / double(1u << 20);
    return vocabulary[static_cast<size_t>(u * u * u * u * u * u * vocabulary.size())];
  };
  auto words = [&](uint32_t n) {
    std::string text = word();
    while (--n > 0) text += " " + word();
    return text;
  };
  const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::string json = R"({"version":1,"title":"Generated","briefs":[)";
  for (int i = 0; i < 1500; ++i) {
    json += i ? ",{" : "{";
    json += "\"id\":\"g" + std::to_string(i) + "\"";
    if (r.next(20) != 0) {
      int day = static_cast<int>(r.next(365)), month = 0;
      while (day >= month_days[month]) day -= month_days[month++];
      char date[16];
      std::snprintf(date, sizeof date, "2017-%02d-%02d", month + 1, day + 1);
      json += ",\"date\":\"" + std::string(date) + "\"";
    }
    json += ",\"source\":" + json_quote(words(1 + r.next(2)));
    json += ",\"dateline\":" + json_quote(vocabulary[r.next(10)]);
    json += ",\"title\":" + json_quote(words(3 + r.next(6)));
    json += ",\"body\":[";
    for (uint32_t p = 0, paragraphs = 1 + r.next(4); p < paragraphs; ++p)
      json += (p ? "," : "") + json_quote(words(5 + r.next(40)));
    json += "]}";
  }
  return json + "]}";
}

TEST(SearchAgreementTest, a_larger_bundle_agrees_too_and_groups_by_day) {
  LoadResult loaded = parse_bundle(PaddedBytes::copy_of(generated_bundle_json()));
  ASSERT_TRUE(loaded.ok);
  const Bundle& bundle = loaded.bundle;
  const SearchIndex index = SearchIndex::build(bundle);
  const Corpus corpus = corpus_of(bundle);
  std::vector<std::string> title_phrases;
  for (const Brief& b : bundle.briefs) {
    std::vector<std::string> w;
    Tokenizer tokens(b.title);
    Token t;
    while (tokens.next(t)) w.emplace_back(t.folded);
    title_phrases.push_back(w[0] + " " + w[1]);
  }
  Lcg r;
  auto word = [&] { return corpus.words[r.next(static_cast<uint32_t>(corpus.words.size()))]; };
  auto phrase = [&] {
    return corpus.phrases[r.next(static_cast<uint32_t>(corpus.phrases.size()))];
  };
  auto leaf = [&]() -> std::string {
    switch (r.next(10)) {
      case 0:
        return word().substr(0, 2 + r.next(3)) + "*";
      case 1:
      case 2:
        return "\"" + phrase() + "\"";
      case 3:
        return "title:\"" + title_phrases[r.next(static_cast<uint32_t>(title_phrases.size()))] +
               "\"";
      case 4:
        return (r.next(2) ? "title:" : "source:") + word();
      case 5:
        return r.next(2) ? "on:2017-0" + std::to_string(1 + r.next(9)) : "after:2017-06-15";
      default:
        return word();
    }
  };
  size_t partial = 0;
  for (int i = 0; i < 250; ++i) {
    std::string text = leaf();
    for (uint32_t parts = r.next(3); parts > 0; --parts)
      text += (r.next(4) == 0 ? " OR " : r.next(5) == 0 ? " -" : " ") + leaf();
    text += " ";
    const Query q = parse_query(text);
    const SearchResult result = run_search(index, bundle, q);
    std::vector<bool> by_index(bundle.briefs.size(), false);
    struct Day {
      DayNumber day;
      std::vector<uint32_t> briefs;
    };
    std::vector<Day> groups;  // the day groups, one document at a time
    for (uint32_t d : search_docs(index, bundle, q)) {
      by_index[index.brief_of(d)] = true;
      if (groups.empty() || groups.back().day != index.day_of(d))
        groups.push_back({index.day_of(d), {}});
      groups.back().briefs.push_back(index.brief_of(d));
    }
    size_t hits = 0;
    for (uint32_t b = 0; b < bundle.briefs.size(); ++b) {
      const bool scanned = brief_matches(bundle, bundle.briefs[b], q);
      EXPECT_EQ(by_index[b], scanned) << "query " << text << " brief " << b;
      hits += scanned;
    }
    EXPECT_EQ(result.total, hits) << text;
    ASSERT_EQ(result.groups.size(), groups.size()) << text;
    for (size_t g = 0; g < groups.size(); ++g) {
      EXPECT_EQ(result.groups[g].day, groups[g].day) << text;
      const std::span<const uint32_t> briefs = result.groups[g].briefs;
      EXPECT_EQ(std::vector<uint32_t>(briefs.begin(), briefs.end()), groups[g].briefs) << text;
    }
    partial += hits > 0 && hits < bundle.briefs.size();
  }
  EXPECT_GT(partial, 150u);
}

}  // namespace
}  // namespace br
