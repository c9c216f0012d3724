// The AVX-512 walk of ForestKernel: 16 rows per vector, the tree's words held in registers and looked
// up with two-table permutes, each row's eight ranks looked up the same way. No gathers: they are slow
// on the processors that have AVX-512 once the Downfall (GDS) microcode is in.

#include "forestwalk512.h"

#if TRACEO_HAS_WALK512
#if defined(__GNUC__) && !defined(__clang__)
// GCC 12's intrinsics start from _mm512_undefined_*(), which -O2 reports as maybe uninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>

namespace traceo::cost {

namespace {

#define TRACEO_AVX512 __attribute__((target("avx512f")))

struct Tables
{
    __m512i top[2]; ///< slots 0..30 (levels 0 to 4) at 1..31
    __m512i level5[2]; ///< slots 31..62
    __m512i level6[4]; ///< slots 63..126
    __m512i level7[8]; ///< slots 127..254
};

TRACEO_AVX512 inline __m512i pair(const __m512i* t, __m512i index)
{
    return _mm512_permutex2var_epi32(t[0], index, t[1]);
}

// The words at the slots of each lane, numbered from 1 (slot i is j = i + 1, its children 2j and 2j + 1):
// on `level`, j's low 5 bits pick the word from a pair of registers and its bits 5 and 6 the pair.
TRACEO_AVX512 inline __m512i lookup(const Tables& t, int level, __m512i j)
{
    if (level <= 4)
        return pair(t.top, j);
    if (level == 5)
        return pair(t.level5, j);
    const __mmask16 high32 = _mm512_test_epi32_mask(j, _mm512_set1_epi32(32));
    if (level == 6)
        return _mm512_mask_blend_epi32(high32, pair(t.level6, j), pair(t.level6 + 2, j));
    const __m512i low = _mm512_mask_blend_epi32(high32, pair(t.level7, j), pair(t.level7 + 2, j));
    const __m512i high = _mm512_mask_blend_epi32(high32, pair(t.level7 + 4, j), pair(t.level7 + 6, j));
    return _mm512_mask_blend_epi32(_mm512_test_epi32_mask(j, _mm512_set1_epi32(64)), low, high);
}

// Each lane's rank of the feature its word names: lane i is row i, its ranks at x[8 i ..]. Each permute
// fills four lanes and leaves the others' indices for the next one.
TRACEO_AVX512 inline __m512i ranksOf(const __m512i* x, __m512i word)
{
    __m512i r = _mm512_or_si512(word, _mm512_setr_epi32(0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24, 0, 8, 16, 24));
    r = _mm512_mask2_permutex2var_epi32(x[0], r, 0x000F, x[1]);
    r = _mm512_mask2_permutex2var_epi32(x[2], r, 0x00F0, x[3]);
    r = _mm512_mask2_permutex2var_epi32(x[4], r, 0x0F00, x[5]);
    return _mm512_mask2_permutex2var_epi32(x[6], r, 0xF000, x[7]);
}

TRACEO_AVX512 inline __m512i step(const Tables& t, int level, const __m512i* x, __m512i j)
{
    // Ranks and words are below 2^31: word − rank is negative when the row goes right. A shift rather
    // than a compare into a mask keeps the work off the port the permutes need.
    const __m512i word = lookup(t, level, j);
    const __m512i right = _mm512_srai_epi32(_mm512_sub_epi32(word, ranksOf(x, word)), 31); // −1 or 0
    return _mm512_sub_epi32(_mm512_add_epi32(j, j), right);
}

} // namespace

bool cpuHasWalk512()
{
    return __builtin_cpu_supports("avx512f");
}

TRACEO_AVX512 void walk512(
    const std::uint32_t* words, int depth, const std::uint32_t* ranks, std::size_t count, std::uint8_t* slots)
{
    Tables t;
    const __m512i first = _mm512_loadu_si512(words), second = _mm512_loadu_si512(words + 16);
    // Slot i at index i + 1 (index 0 is never looked up).
    const __m512i up = _mm512_setr_epi32(15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
    t.top[0] = _mm512_permutex2var_epi32(first, up, first);
    t.top[1] = _mm512_permutex2var_epi32(first, up, second);
    for (int i = 0; i < 2; ++i)
        t.level5[i] = _mm512_loadu_si512(words + 31 + 16 * i);
    for (int i = 0; i < 4; ++i)
        t.level6[i] = _mm512_loadu_si512(words + 63 + 16 * i);
    for (int i = 0; i < 8; ++i)
        t.level7[i] = _mm512_loadu_si512(words + 127 + 16 * i);
    // kGroups groups of 16 rows in flight: one step's permutes wait for the previous step's.
    constexpr std::size_t kGroups = 4, kRows = 16 * kGroups;
    for (std::size_t b = 0; b < count; b += kRows) {
        __m512i x[kGroups][8];
        __m512i j[kGroups];
        for (std::size_t g = 0; g < kGroups; ++g) {
            for (std::size_t q = 0; q < 8; ++q)
                x[g][q] = _mm512_loadu_si512(ranks + (b + 16 * g) * 8 + 16 * q);
            j[g] = _mm512_set1_epi32(1);
        }
        for (int level = 0; level < depth; ++level)
            for (std::size_t g = 0; g < kGroups; ++g)
                j[g] = step(t, level, x[g], j[g]);
        const __m512i lastLevel = _mm512_set1_epi32(1 << depth);
        for (std::size_t g = 0; g < kGroups; ++g)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(slots + b + 16 * g),
                _mm512_cvtepi32_epi8(_mm512_sub_epi32(j[g], lastLevel)));
    }
}

} // namespace traceo::cost

#endif
