// ascii_block.h's portable implementation, for comparing with the target's own.
#pragma once

#include <cstdint>

namespace br::test {

struct AsciiBlockBits {
  uint32_t word, high;
};
AsciiBlockBits portable_classify16(const unsigned char* p);
void portable_lower_key16(const unsigned char* p, uint32_t len, char* out);

}  // namespace br::test
