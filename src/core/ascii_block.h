// Sixteen bytes of text classified at once, for the tokenizer's common case (ASCII words between
// ASCII separators): which bytes are ASCII letters or digits, which are not ASCII, and the first
// bytes of a word lowercased into a zero-padded 16-byte key.
//
// With SIMD (wasm simd128, or SSE2 natively) each call is a handful of vector instructions; any
// other target, or a build defining BR_ASCII_BLOCK_PORTABLE, gets a plain loop with the same
// results (tests compile both and compare them).
#pragma once

#include <cstdint>

#if !defined(BR_ASCII_BLOCK_PORTABLE) && defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define BR_ASCII_BLOCK_WASM 1
#elif !defined(BR_ASCII_BLOCK_PORTABLE) && defined(__SSE2__)
#include <emmintrin.h>
#define BR_ASCII_BLOCK_SSE2 1
#endif

namespace br {
// Each implementation in a namespace of its own, so a test may compile two in one program.
#if defined(BR_ASCII_BLOCK_WASM)
inline namespace ascii_block_wasm {
#elif defined(BR_ASCII_BLOCK_SSE2)
inline namespace ascii_block_sse2 {
#else
inline namespace ascii_block_portable {
#endif

struct AsciiBlock {
  uint32_t word = 0;  // bit i: byte i is an ASCII letter or digit
  uint32_t high = 0;  // bit i: byte i is not ASCII (part of a multi-byte character)
};

// p must have 16 readable bytes.
inline AsciiBlock classify16(const unsigned char* p) {
  AsciiBlock b;
#if defined(BR_ASCII_BLOCK_WASM)
  const v128_t x = wasm_v128_load(p);
  const v128_t lower = wasm_v128_or(x, wasm_i8x16_splat(0x20));
  const v128_t alpha =
      wasm_u8x16_lt(wasm_i8x16_sub(lower, wasm_i8x16_splat('a')), wasm_i8x16_splat(26));
  const v128_t digit =
      wasm_u8x16_lt(wasm_i8x16_sub(x, wasm_i8x16_splat('0')), wasm_i8x16_splat(10));
  b.word = wasm_i8x16_bitmask(wasm_v128_or(alpha, digit));
  b.high = wasm_i8x16_bitmask(x);
#elif defined(BR_ASCII_BLOCK_SSE2)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
  // Unsigned v < n as min(v, n - 1) == v.
  const __m128i a = _mm_sub_epi8(lower, _mm_set1_epi8('a'));
  const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
  const __m128i alpha = _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a);
  const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
  b.word = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(alpha, digit)));
  b.high = static_cast<uint32_t>(_mm_movemask_epi8(x));
#else
  for (int i = 0; i < 16; ++i) {
    const unsigned c = p[i];
    const unsigned lower = c | 0x20;
    const bool word = (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    b.word |= static_cast<uint32_t>(word) << i;
    b.high |= static_cast<uint32_t>(c >= 0x80) << i;
  }
#endif
  return b;
}

// Writes out[0, 16): the first len bytes of p (ASCII letters and digits, len <= 16) lowercased,
// then zeros. p must have 16 readable bytes.
inline void lower_key16(const unsigned char* p, uint32_t len, char* out) {
#if defined(BR_ASCII_BLOCK_WASM) || defined(BR_ASCII_BLOCK_SSE2)
  // 16 ones then 16 zeros: the 16 bytes from 16 - len keep the first len.
  static constexpr unsigned char kKeep[32] = {255, 255, 255, 255, 255, 255, 255, 255,
                                              255, 255, 255, 255, 255, 255, 255, 255};
#endif
#if defined(BR_ASCII_BLOCK_WASM)
  const v128_t lower = wasm_v128_or(wasm_v128_load(p), wasm_i8x16_splat(0x20));
  wasm_v128_store(out, wasm_v128_and(lower, wasm_v128_load(kKeep + 16 - len)));
#elif defined(BR_ASCII_BLOCK_SSE2)
  const __m128i lower = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)),
                                     _mm_set1_epi8(0x20));
  const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep + 16 - len));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_and_si128(lower, keep));
#else
  for (uint32_t i = 0; i < 16; ++i) out[i] = i < len ? static_cast<char>(p[i] | 0x20) : 0;
#endif
}

}  // namespace
}  // namespace br
