#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace traceo::cost {

/// The nodes of a fitted Isolation Forest as IsolationForest keeps them: a struct of arrays over all
/// trees, where a leaf points to itself.
struct ForestNodes
{
    int cols = 0;
    const std::vector<std::int32_t>& roots;
    const std::vector<std::int32_t>& depth;
    const std::vector<std::int32_t>& feature;
    const std::vector<double>& split;
    const std::vector<std::int32_t>& left;
    const std::vector<double>& pathLength;
};

/// The same forest compiled for scoring: split values replaced by their rank among all split values
/// of their feature, each tree laid out as a complete binary tree of its depth (children of slot i at
/// 2i + 1 and 2i + 2, so no child index is stored), one 32-bit word per inner slot holding the feature
/// and the rank. A row's values are turned into ranks once, then every step of every tree is one word
/// load, one rank load and one unsigned comparison. Path lengths are exactly those of the plain walk,
/// added in the same tree order, so the scores are bit for bit the same.
class ForestKernel
{
public:
    /// The kernel for `nodes`, or nothing when the forest does not fit it (a tree deeper than 10, more
    /// than 255 columns or 65,535 distinct split values of one feature, a split value that is not
    /// finite): then score with the plain walk.
    static std::optional<ForestKernel> compile(const ForestNodes& nodes);

    enum class Walk
    {
        Fastest, ///< AVX-512 when the processor has it and there are at most 8 columns
        Scalar ///< one row per lane of a few general-purpose registers
    };
    /// Adds the path length of each of `count` rows (row-major, cols() values each) in every tree to
    /// `sums`, tree after tree. At most kBatch rows per call.
    void addPathLengths(const double* rows, std::size_t count, double* sums, Walk how = Walk::Fastest) const;

    int cols() const { return m_cols; }
    static constexpr std::size_t kBatch = 256;

    /// The distinct split values of one feature, and the rank of any value among them.
    class Ranks
    {
    public:
        explicit Ranks(std::vector<double> sorted);
        /// How many split values are below x (0 for NaN, which is above none), exactly as a binary
        /// search over all of them would count: the bucket of x's range, then a branch-free binary
        /// search over a fixed span from the bucket's first value (later buckets hold larger values).
        std::uint32_t rankOf(double x) const;
        /// out[i * outStride] = rankOf(x[i * stride]) << 8 for `count` values.
        void shiftedRanks(
            const double* x, std::size_t stride, std::size_t count, std::uint32_t* out, std::size_t outStride) const;

    private:
        std::size_t bucket(double x) const
        {
            return std::size_t(std::int32_t(std::max(0.0, std::min((x - m_low) * m_scale, m_last))));
        }

        std::vector<double> m_sorted; ///< ascending, then m_span values of +∞
        double m_low = 0;
        double m_scale = 0;
        double m_last = 0; ///< the last bucket
        std::vector<std::uint32_t> m_start; ///< per bucket, the first value in it or after it
        std::uint32_t m_span = 1; ///< a power of two above the most values in one bucket
    };

private:
    struct Tree
    {
        std::uint32_t words; ///< first inner slot in m_words
        std::uint32_t leaves; ///< first leaf in m_leaves
        int depth;
    };

    int m_cols = 0;
    std::vector<Ranks> m_ranks; ///< per feature
    std::vector<Tree> m_trees;
    std::vector<std::uint32_t> m_words; ///< rank << 8 | feature, or go left (a leaf above the last level)
    std::vector<double> m_leaves; ///< path length of each slot of a tree's last level
};

} // namespace traceo::cost
