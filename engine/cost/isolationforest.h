#pragma once

#include "forestkernel.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace traceo::cost {

/// A dense row-major matrix of features: rows are observations, columns features.
struct FeatureMatrix
{
    int cols = 0;
    std::vector<double> values; ///< rows × cols, row after row

    std::size_t rows() const { return cols > 0 ? values.size() / std::size_t(cols) : 0; }
    double at(std::size_t row, int col) const { return values[row * std::size_t(cols) + std::size_t(col)]; }
};

struct IsolationForestParams
{
    int trees = 100;
    int sampleSize = 256; ///< ψ: rows drawn without replacement per tree (all rows when fewer)
    int maxDepth = 0; ///< 0: ceil(log2 ψ), as Liu, Ting and Zhou (2008)
    std::uint64_t seed = 42;
};

/// c(n): the average path length of an unsuccessful search in a binary search tree of n items,
/// 2 H(n − 1) − 2 (n − 1) / n, with c(1) = 0 and c(2) = 1. It normalises path lengths.
double averagePathLength(double n);

/// An Isolation Forest (Liu, Ting and Zhou 2008). Each tree isolates a random subsample by random
/// axis-parallel splits up to a depth limit; points that are isolated early are anomalous. The score
/// of a point is 2^(−E[h(x)] / c(ψ)) in 0..1: near 1 for anomalies, near 0.5 or below for normal points.
///
/// The trees are stored flat, as a struct of arrays over all nodes; a leaf keeps its depth + c(leaf
/// size) ready. Scoring uses the ForestKernel compiled from them when the forest fits it, else walks a
/// batch of rows through one tree at a time, several rows in lockstep. Both give the same scores.
class IsolationForest
{
public:
    /// Fits on `x` with the given parameters; the same seed gives the same forest. Throws traceo::Error
    /// when `x` has no rows or no columns, or a parameter is out of range.
    static IsolationForest fit(const FeatureMatrix& x, const IsolationForestParams& params = {});

    /// Anomaly scores of the rows of `x` (which must have the fitted column count), in batches over
    /// `threads` threads (0: all cores).
    std::vector<double> score(const FeatureMatrix& x, int threads = 0) const;
    /// The same with the plain walk, never the compiled kernel: the reference for tests.
    std::vector<double> scorePlain(const FeatureMatrix& x) const;
    /// Whether scoring uses the compiled ForestKernel.
    bool compiled() const { return m_kernel != nullptr; }
    /// The trees' nodes, for tests and for ForestKernel::compile.
    ForestNodes nodes() const { return { m_cols, m_roots, m_depth, m_feature, m_split, m_left, m_pathLength }; }
    /// The mean path length E[h(x)] of one row, for tests and explanations.
    double meanPathLength(const double* row) const;

    int treeCount() const { return int(m_roots.size()); }
    int nodeCount() const { return int(m_feature.size()); }
    int sampleSize() const { return m_sampleSize; }
    int maxDepth() const { return m_maxDepth; }
    int cols() const { return m_cols; }

private:
    void scoreRange(const FeatureMatrix& x, std::size_t begin, std::size_t end, double* out, bool plain) const;

    int m_cols = 0;
    int m_sampleSize = 0;
    int m_maxDepth = 0;
    std::vector<std::int32_t> m_roots; ///< first node of each tree
    std::vector<std::int32_t> m_depth; ///< depth of each tree
    // The nodes of all trees. A leaf points to itself with a split value of +∞, so that a walk of a
    // tree's depth ends on the leaf whatever its depth, without a branch per step.
    std::vector<std::int32_t> m_feature; ///< split feature (0 for a leaf)
    std::vector<double> m_split; ///< split value: left when the feature is ≤ it (+∞ for a leaf)
    std::vector<std::int32_t> m_left; ///< left child, the right one follows it; a leaf's own index
    std::vector<double> m_pathLength; ///< a leaf's depth + c(leaf size), precomputed; 0 inside
    std::shared_ptr<const ForestKernel> m_kernel; ///< null when the forest does not fit it
};

} // namespace traceo::cost
