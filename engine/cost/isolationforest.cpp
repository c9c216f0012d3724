#include "isolationforest.h"

#include "core/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <thread>

namespace traceo::cost {

namespace {

constexpr std::size_t kBatch = 512;
constexpr std::size_t kLanes = 8;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::IsolationForest)
};

// Uniform in [0, 1) from 53 random bits: the same on every standard library, unlike the distributions.
double uniform(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

std::size_t below(std::mt19937_64& rng, std::size_t n)
{
    return std::size_t(rng() % n);
}

struct Nodes
{
    std::vector<std::int32_t>& feature;
    std::vector<double>& split;
    std::vector<std::int32_t>& left;
    std::vector<double>& pathLength;
};

// Builds one tree over a subsample held column by column (`cols[f * m + i]`) into the flat arrays.
class TreeBuilder
{
public:
    TreeBuilder(Nodes nodes, int maxDepth)
        : m_nodes(nodes)
        , m_maxDepth(maxDepth)
    { }

    /// Returns the depth of the tree.
    int build(const std::vector<double>& cols, int d, std::size_t m, std::mt19937_64& rng)
    {
        m_cols = &cols;
        m_d = d;
        m_m = m;
        m_index.resize(m);
        for (std::size_t i = 0; i < m; ++i)
            m_index[i] = std::uint32_t(i);
        m_depth = 0;
        grow(newNodes(1), 0, m, 0, rng);
        return m_depth;
    }

private:
    std::int32_t newNodes(int count)
    {
        const auto first = std::int32_t(m_nodes.feature.size());
        const std::size_t size = m_nodes.feature.size() + std::size_t(count);
        m_nodes.feature.resize(size, 0);
        m_nodes.split.resize(size, HUGE_VAL);
        m_nodes.left.resize(size, 0);
        m_nodes.pathLength.resize(size, 0.0);
        return first;
    }

    void leaf(std::int32_t node, std::size_t size, int depth)
    {
        m_nodes.left[std::size_t(node)] = node;
        m_nodes.pathLength[std::size_t(node)] = depth + averagePathLength(double(size));
        m_depth = std::max(m_depth, depth);
    }

    double col(int f, std::uint32_t i) const { return (*m_cols)[std::size_t(f) * m_m + i]; }

    void grow(std::int32_t node, std::size_t begin, std::size_t end, int depth, std::mt19937_64& rng)
    {
        const std::size_t size = end - begin;
        if (size <= 1 || depth >= m_maxDepth)
            return leaf(node, size, depth);
        // Like scikit-learn's random splitter: a uniformly chosen feature among those not constant
        // in the node, and a split value uniform between its minimum and maximum there.
        m_candidates.clear();
        m_lo.assign(std::size_t(m_d), 0.0);
        m_hi.assign(std::size_t(m_d), 0.0);
        for (int f = 0; f < m_d; ++f) {
            double lo = col(f, m_index[begin]), hi = lo;
            for (std::size_t i = begin + 1; i < end; ++i) {
                const double v = col(f, m_index[i]);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            m_lo[std::size_t(f)] = lo;
            m_hi[std::size_t(f)] = hi;
            if (hi > lo)
                m_candidates.push_back(f);
        }
        if (m_candidates.empty())
            return leaf(node, size, depth);
        const int f = m_candidates[below(rng, m_candidates.size())];
        const double lo = m_lo[std::size_t(f)], hi = m_hi[std::size_t(f)];
        double split = lo + uniform(rng) * (hi - lo);
        if (split >= hi) // rounding: keep the maximum on the right so both sides are non-empty
            split = lo;
        const auto mid = std::partition(m_index.begin() + std::ptrdiff_t(begin), m_index.begin() + std::ptrdiff_t(end),
            [&](std::uint32_t i) { return col(f, i) <= split; });
        const std::int32_t children = newNodes(2);
        m_nodes.feature[std::size_t(node)] = f;
        m_nodes.split[std::size_t(node)] = split;
        m_nodes.left[std::size_t(node)] = children;
        const auto cut = std::size_t(mid - m_index.begin());
        grow(children, begin, cut, depth + 1, rng);
        grow(children + 1, cut, end, depth + 1, rng);
    }

    Nodes m_nodes;
    int m_maxDepth;
    int m_depth = 0;
    const std::vector<double>* m_cols = nullptr;
    int m_d = 0;
    std::size_t m_m = 0;
    std::vector<std::uint32_t> m_index;
    std::vector<int> m_candidates;
    std::vector<double> m_lo, m_hi;
};

} // namespace

double averagePathLength(double n)
{
    if (n <= 1)
        return 0;
    if (n <= 2)
        return 1;
    return 2.0 * (std::log(n - 1.0) + std::numbers::egamma) - 2.0 * (n - 1.0) / n;
}

IsolationForest IsolationForest::fit(const FeatureMatrix& x, const IsolationForestParams& params)
{
    const std::size_t n = x.rows();
    if (n == 0 || x.cols <= 0)
        throw Error(Tr::tr("Isolation Forest: the feature matrix is empty (%1 rows, %2 columns)").arg(n).arg(x.cols));
    if (params.trees < 1 || params.sampleSize < 2 || params.maxDepth < 0)
        throw Error(Tr::tr("Isolation Forest: trees must be ≥ 1 and the sample size ≥ 2 (got %1 trees, sample size %2)")
                        .arg(params.trees)
                        .arg(params.sampleSize));
    IsolationForest forest;
    forest.m_cols = x.cols;
    forest.m_sampleSize = int(std::min<std::size_t>(std::size_t(params.sampleSize), n));
    forest.m_maxDepth = params.maxDepth > 0
        ? params.maxDepth
        : std::max(1, int(std::ceil(std::log2(double(std::max(forest.m_sampleSize, 2))))));

    std::mt19937_64 rng(params.seed);
    const auto m = std::size_t(forest.m_sampleSize);
    std::vector<std::uint32_t> permutation(n);
    for (std::size_t i = 0; i < n; ++i)
        permutation[i] = std::uint32_t(i);
    std::vector<double> sample(m * std::size_t(x.cols));
    TreeBuilder builder({ forest.m_feature, forest.m_split, forest.m_left, forest.m_pathLength }, forest.m_maxDepth);
    for (int t = 0; t < params.trees; ++t) {
        // A partial Fisher–Yates shuffle draws ψ distinct rows; the permutation stays one for the next tree.
        for (std::size_t i = 0; i < m; ++i)
            std::swap(permutation[i], permutation[i + below(rng, n - i)]);
        for (std::size_t i = 0; i < m; ++i)
            for (int f = 0; f < x.cols; ++f)
                sample[std::size_t(f) * m + i] = x.at(permutation[i], f);
        forest.m_roots.push_back(std::int32_t(forest.m_feature.size()));
        forest.m_depth.push_back(builder.build(sample, x.cols, m, rng));
    }
    if (auto kernel = ForestKernel::compile(forest.nodes()))
        forest.m_kernel = std::make_shared<const ForestKernel>(std::move(*kernel));
    return forest;
}

double IsolationForest::meanPathLength(const double* row) const
{
    double sum = 0;
    for (const std::int32_t root : m_roots) {
        auto node = std::size_t(root);
        while (m_left[node] != std::int32_t(node))
            node = std::size_t(m_left[node] + std::int32_t(row[m_feature[node]] > m_split[node]));
        sum += m_pathLength[node];
    }
    return sum / double(m_roots.size());
}

void IsolationForest::scoreRange(
    const FeatureMatrix& x, std::size_t begin, std::size_t end, double* out, bool plain) const
{
    const double norm = -1.0 / (double(m_roots.size()) * averagePathLength(m_sampleSize));
    if (m_kernel && !plain) {
        double sums[ForestKernel::kBatch];
        for (std::size_t b = begin; b < end; b += ForestKernel::kBatch) {
            const std::size_t count = std::min(ForestKernel::kBatch, end - b);
            std::fill(sums, sums + count, 0.0);
            m_kernel->addPathLengths(x.values.data() + b * std::size_t(m_cols), count, sums);
            for (std::size_t r = 0; r < count; ++r)
                out[b + r] = std::exp2(sums[r] * norm);
        }
        return;
    }
    const std::int32_t* feature = m_feature.data();
    const double* split = m_split.data();
    const std::int32_t* left = m_left.data();
    const double* data = x.values.data();
    const auto d = std::size_t(m_cols);
    double sums[kBatch];
    // Tree after tree over a batch of rows, so that one tree's nodes stay in cache for the whole batch;
    // kLanes rows walk in lockstep for the tree's depth, their loads independent of each other.
    for (std::size_t b = begin; b < end; b += kBatch) {
        const std::size_t count = std::min(kBatch, end - b);
        std::fill(sums, sums + count, 0.0);
        for (std::size_t t = 0; t < m_roots.size(); ++t) {
            const std::int32_t root = m_roots[t];
            const int depth = m_depth[t];
            for (std::size_t r = 0; r < count; r += kLanes) {
                const std::size_t lanes = std::min(kLanes, count - r);
                const double* rows[kLanes];
                std::int32_t node[kLanes];
                for (std::size_t k = 0; k < kLanes; ++k) {
                    rows[k] = data + (b + r + (k < lanes ? k : 0)) * d;
                    node[k] = root;
                }
                for (int step = 0; step < depth; ++step)
                    for (std::size_t k = 0; k < kLanes; ++k)
                        node[k] = left[node[k]] + std::int32_t(rows[k][feature[node[k]]] > split[node[k]]);
                for (std::size_t k = 0; k < lanes; ++k)
                    sums[r + k] += m_pathLength[std::size_t(node[k])];
            }
        }
        for (std::size_t r = 0; r < count; ++r)
            out[b + r] = std::exp2(sums[r] * norm);
    }
}

std::vector<double> IsolationForest::score(const FeatureMatrix& x, int threads) const
{
    if (x.cols != m_cols)
        throw Error(
            Tr::tr("Isolation Forest: the matrix has %1 columns, the forest was fitted on %2").arg(x.cols).arg(m_cols));
    const std::size_t n = x.rows();
    std::vector<double> out(n);
    const std::size_t cores = threads > 0 ? std::size_t(threads) : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers = std::max<std::size_t>(1, std::min(cores, n / (8 * kBatch)));
    if (workers == 1) {
        scoreRange(x, 0, n, out.data(), false);
        return out;
    }
    std::vector<std::thread> pool;
    const std::size_t chunk = (n + workers - 1) / workers;
    for (std::size_t w = 0; w < workers; ++w) {
        const std::size_t begin = w * chunk, end = std::min(n, begin + chunk);
        pool.emplace_back([this, &x, &out, begin, end] { scoreRange(x, begin, end, out.data(), false); });
    }
    for (std::thread& t : pool)
        t.join();
    return out;
}

std::vector<double> IsolationForest::scorePlain(const FeatureMatrix& x) const
{
    if (x.cols != m_cols)
        throw Error(
            Tr::tr("Isolation Forest: the matrix has %1 columns, the forest was fitted on %2").arg(x.cols).arg(m_cols));
    std::vector<double> out(x.rows());
    scoreRange(x, 0, out.size(), out.data(), true);
    return out;
}

} // namespace traceo::cost
