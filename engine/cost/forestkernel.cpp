#include "forestkernel.h"

#include "forestwalk512.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace traceo::cost {

namespace {

constexpr int kMaxDepth = 10;
constexpr std::size_t kMaxRanks = 0xFFFF;
constexpr std::uint32_t kGoLeft = 0x7FFFFF00; // feature 0, and no rank << 8 is greater
constexpr std::size_t kLanes = 8;

struct Layout
{
    const ForestNodes& nodes;
    const std::vector<ForestKernel::Ranks>& ranks;
    std::uint32_t* words;
    double* leaves;
    int depth;

    // Places `node` at `slot` (level `level`) of the complete tree.
    void place(std::int32_t node, std::size_t slot, int level) const
    {
        const auto n = std::size_t(node);
        const std::size_t inner = (std::size_t(1) << depth) - 1;
        if (level == depth) {
            leaves[slot - inner] = nodes.pathLength[n];
            return;
        }
        if (nodes.left[n] == node) { // a leaf above the last level: always left down to it
            words[slot] = kGoLeft;
            place(node, 2 * slot + 1, level + 1);
            return;
        }
        const auto feature = std::size_t(nodes.feature[n]);
        words[slot] = ranks[feature].rankOf(nodes.split[n]) << 8 | std::uint32_t(feature);
        place(nodes.left[n], 2 * slot + 1, level + 1);
        place(nodes.left[n] + 1, 2 * slot + 2, level + 1);
    }
};

} // namespace

ForestKernel::Ranks::Ranks(std::vector<double> sorted)
    : m_sorted(std::move(sorted))
{
    const std::size_t n = m_sorted.size();
    // Eight buckets per value: most hold none or one, so the search takes a step or two; for a forest of
    // 100 trees of 256 samples (some 700 values per feature) a feature's table is 22 KB, in L1.
    const std::size_t buckets = std::max<std::size_t>(1, 8 * n);
    if (n > 1)
        m_scale = double(buckets) / (m_sorted.back() - m_sorted.front());
    m_low = n ? m_sorted.front() : 0.0;
    m_last = double(buckets - 1);
    // m_start[b]: how many values lie in buckets before b. bucket() only grows with its argument, so a
    // value in an earlier bucket is below any x in bucket b, and one in a later bucket is above it.
    m_start.assign(buckets + 1, std::uint32_t(n));
    for (std::size_t i = n; i-- > 0;)
        m_start[bucket(m_sorted[i])] = std::uint32_t(i);
    std::uint32_t most = 0;
    for (std::size_t b = buckets; b-- > 0;) {
        m_start[b] = std::min(m_start[b], m_start[b + 1]);
        most = std::max(most, m_start[b + 1] - m_start[b]);
    }
    while (m_span <= most)
        m_span *= 2;
    m_sorted.resize(n + m_span, HUGE_VAL);
    m_start.pop_back();
}

std::uint32_t ForestKernel::Ranks::rankOf(double x) const
{
    std::uint32_t r;
    shiftedRanks(&x, 1, 1, &r, 1);
    return r >> 8;
}

void ForestKernel::Ranks::shiftedRanks(
    const double* x, std::size_t stride, std::size_t count, std::uint32_t* out, std::size_t outStride) const
{
    // Local copies: the stores to `out` could otherwise alias the members for the compiler.
    const double* sorted = m_sorted.data();
    const std::uint32_t* start = m_start.data();
    const double low = m_low, scale = m_scale, last = m_last;
    const std::uint32_t span = m_span;
    for (std::size_t i = 0; i < count; ++i) {
        const double v = x[i * stride];
        const double p = std::max(0.0, std::min((v - low) * scale, last)); // NaN: 0
        std::uint32_t r = start[std::size_t(std::int32_t(p))];
        for (std::uint32_t step = span / 2; step > 0; step /= 2)
            r += sorted[r + step - 1] < v ? step : 0;
        out[i * outStride] = r << 8;
    }
}

std::optional<ForestKernel> ForestKernel::compile(const ForestNodes& nodes)
{
    if (nodes.cols <= 0 || nodes.cols > 0xFF)
        return std::nullopt;
    ForestKernel k;
    k.m_cols = nodes.cols;
    std::vector<std::vector<double>> splits(std::size_t(nodes.cols));
    for (std::size_t n = 0; n < nodes.left.size(); ++n) {
        if (nodes.left[n] == std::int32_t(n))
            continue;
        if (!std::isfinite(nodes.split[n]))
            return std::nullopt;
        splits[std::size_t(nodes.feature[n])].push_back(nodes.split[n]);
    }
    for (std::vector<double>& t : splits) {
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        if (t.size() > kMaxRanks)
            return std::nullopt;
        k.m_ranks.emplace_back(std::move(t));
    }
    for (std::size_t t = 0; t < nodes.roots.size(); ++t) {
        const int depth = nodes.depth[t];
        if (depth > kMaxDepth)
            return std::nullopt;
        const Tree tree { std::uint32_t(k.m_words.size()), std::uint32_t(k.m_leaves.size()), depth };
        k.m_words.resize(k.m_words.size() + (std::size_t(1) << depth) - 1, kGoLeft);
        k.m_leaves.resize(k.m_leaves.size() + (std::size_t(1) << depth), 0.0);
        Layout { nodes, k.m_ranks, k.m_words.data() + tree.words, k.m_leaves.data() + tree.leaves, depth }.place(
            nodes.roots[t], 0, 0);
        k.m_trees.push_back(tree);
    }
    k.m_words.resize(k.m_words.size() + 0x100, kGoLeft); // the vector walk loads 255 words of every tree
    return k;
}

namespace {

// Walks kLanes rows at a time (`stride` ranks apart: kStride, a constant so that each lane's rank row
// is a fixed offset from one base, or 0 for `anyStride`) through the complete tree `words` of `depth`
// levels, adding the leaves' path lengths to `sums`.
template <std::size_t kStride>
void walk(const std::uint32_t* words, int depth, const double* leaves, const std::uint32_t* ranks,
    std::size_t anyStride, std::size_t count, double* sums)
{
    const std::size_t stride = kStride ? kStride : anyStride;
    for (std::size_t b = 0; b < count; b += kLanes) {
        const std::uint32_t* x = ranks + b * stride;
        std::size_t slot[kLanes] = {};
        for (int step = 0; step < depth; ++step)
            for (std::size_t k = 0; k < kLanes; ++k) {
                const std::uint32_t word = words[slot[k]];
                slot[k] = 2 * slot[k] + 1 + std::size_t(x[k * stride + (word & 0xFF)] > word);
            }
        const std::size_t lanes = std::min(kLanes, count - b);
        for (std::size_t k = 0; k < lanes; ++k)
            sums[b + k] += leaves[slot[k]];
    }
}

// Rows of kBatch + 64 leaves per tree, as the vector walk writes them for a block of trees.
constexpr std::size_t kSlotRow = ForestKernel::kBatch + 64;

// Adds to each of `count` sums the path lengths of its leaves in kTrees trees (`leaves` the last level of
// each), tree after tree, the sum held in a register: the same additions as one tree after the other.
template <std::size_t kTrees>
void addLeaves(const double* const* leaves, const std::uint8_t* slots, std::size_t count, double* sums)
{
    std::array<const double*, kTrees> tree;
    std::copy(leaves, leaves + kTrees, tree.begin());
    for (std::size_t i = 0; i < count; ++i) {
        double sum = sums[i];
        for (std::size_t t = 0; t < kTrees; ++t)
            sum += tree[t][slots[t * kSlotRow + i]];
        sums[i] = sum;
    }
}

template <std::size_t... kTrees> constexpr auto addLeavesOf(std::index_sequence<kTrees...>)
{
    return std::array { addLeaves<kTrees>... };
}

} // namespace

void ForestKernel::addPathLengths(const double* rows, std::size_t count, double* sums, Walk how) const
{
    const auto d = std::size_t(m_cols);
    // Each value as its rank among the split values of its feature, shifted to compare with a word;
    // rows padded to `stride` ranks, and to a whole number of 64 rows (the vector walk's groups).
    const std::size_t stride = d <= 8 ? 8 : d <= 16 ? 16 : d;
    std::vector<std::uint32_t> ranks((count + 64) * stride, 0);
#if TRACEO_HAS_WALK512
    static const bool hasWalk512 = cpuHasWalk512();
    const bool vector = how == Walk::Fastest && hasWalk512 && stride == 8;
#else
    const bool vector = false;
    (void)how;
#endif
    for (std::size_t f = 0; f < d; ++f)
        m_ranks[f].shiftedRanks(rows + f, d, count, ranks.data() + f, stride);
    // The vector walk writes each row's leaf for up to kBlock trees, then each row adds those trees' path
    // lengths in tree order.
    constexpr std::size_t kBlock = 8;
    static constexpr auto add = addLeavesOf(std::make_index_sequence<kBlock + 1>());
    std::vector<std::uint8_t> slots(vector ? kBlock * kSlotRow : 0);
    const double* pending[kBlock];
    std::size_t blocked = 0;
    const auto addPending = [&] {
        add[blocked](pending, slots.data(), count, sums);
        blocked = 0;
    };
    for (const Tree& tree : m_trees) {
        const std::uint32_t* words = m_words.data() + tree.words;
        const double* leaves = m_leaves.data() + tree.leaves - ((std::size_t(1) << tree.depth) - 1);
#if TRACEO_HAS_WALK512
        if (vector && tree.depth <= 8) {
            walk512(words, tree.depth, ranks.data(), count, slots.data() + blocked * kSlotRow);
            pending[blocked++] = m_leaves.data() + tree.leaves;
            if (blocked == kBlock)
                addPending();
            continue;
        }
#endif
        if (blocked)
            addPending();
        auto* w = stride == 8 ? walk<8> : stride == 16 ? walk<16> : walk<0>;
        w(words, tree.depth, leaves, ranks.data(), stride, count, sums);
    }
    if (blocked)
        addPending();
}

} // namespace traceo::cost
