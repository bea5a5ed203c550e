// The 16-byte classifier under the tokenizer: the target's implementation (wasm SIMD, SSE2, or the
// portable loop) and the portable one both agree with a byte-by-byte reading, for every byte value
// in every position.
#include "ascii_block.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "ascii_block_portable.h"

namespace br {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void expect_classified(const unsigned char* p) {
  uint32_t word = 0, high = 0;
  for (int i = 0; i < 16; ++i) {
    word |= static_cast<uint32_t>(is_word_byte(p[i])) << i;
    high |= static_cast<uint32_t>(p[i] >= 0x80) << i;
  }
  const AsciiBlock b = classify16(p);
  EXPECT_EQ(b.word, word);
  EXPECT_EQ(b.high, high);
  const test::AsciiBlockBits portable = test::portable_classify16(p);
  EXPECT_EQ(portable.word, word);
  EXPECT_EQ(portable.high, high);
}

TEST(AsciiBlockTest, classifies_every_byte_value_in_every_position) {
  unsigned char block[16];
  for (int at = 0; at < 16; ++at) {
    for (int c = 0; c < 256; ++c) {
      std::memset(block, ' ', sizeof block);
      block[at] = static_cast<unsigned char>(c);
      block[(at + 7) % 16] = 'q';
      expect_classified(block);
    }
  }
}

TEST(AsciiBlockTest, classifies_random_blocks) {
  std::mt19937 rng(7);
  unsigned char block[16];
  for (int round = 0; round < 20000; ++round) {
    for (unsigned char& c : block) c = static_cast<unsigned char>(rng());
    expect_classified(block);
  }
}

TEST(AsciiBlockTest, lowercases_the_first_len_bytes_and_zeroes_the_rest) {
  const unsigned char text[17] = "AbZz09MiXeDcAsE7";
  for (uint32_t len = 0; len <= 16; ++len) {
    char expected[16] = {};
    for (uint32_t i = 0; i < len; ++i)
      expected[i] = static_cast<char>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
    char out[16], portable[16];
    std::memset(out, 'x', sizeof out);
    std::memset(portable, 'x', sizeof portable);
    lower_key16(text, len, out);
    test::portable_lower_key16(text, len, portable);
    EXPECT_EQ(std::memcmp(out, expected, 16), 0) << "len " << len;
    EXPECT_EQ(std::memcmp(portable, expected, 16), 0) << "len " << len;
  }
}

}  // namespace
}  // namespace br
