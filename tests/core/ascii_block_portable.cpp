// The portable implementation of ascii_block.h, compiled beside whichever one the target gets,
// so ascii_block_test can compare the two.
#define BR_ASCII_BLOCK_PORTABLE 1
#include "ascii_block_portable.h"

#include "ascii_block.h"

namespace br::test {

AsciiBlockBits portable_classify16(const unsigned char* p) {
  const AsciiBlock b = classify16(p);
  return {b.word, b.high};
}

void portable_lower_key16(const unsigned char* p, uint32_t len, char* out) {
  lower_key16(p, len, out);
}

}  // namespace br::test
