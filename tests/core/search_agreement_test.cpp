// The index and the plain scanner (brief_matches) must agree on every query. Hundreds of queries
// are made from the default bundle's own words (deterministically) so that they hit: words,
// typed prefixes, phrases from the text, fields, exclusions, ORs, groups and dates.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace br
