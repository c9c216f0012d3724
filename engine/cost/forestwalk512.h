#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TRACEO_HAS_WALK512 1
#else
#define TRACEO_HAS_WALK512 0
#endif

namespace traceo::cost {

#if TRACEO_HAS_WALK512
/// Whether this processor runs walk512 (AVX-512F).
bool cpuHasWalk512();

/// ForestKernel's walk of one tree of `depth` ≤ 8 levels with AVX-512: `words` its complete tree (slots
/// up to 254 readable), `ranks` 8 per row. Writes each row's slot on the last level to `slots`, for a
/// multiple of 64 rows ≥ count (`ranks` and `slots` have room for them).
void walk512(const std::uint32_t* words, int depth, const std::uint32_t* ranks, std::size_t count, std::uint8_t* slots);
#endif

} // namespace traceo::cost
