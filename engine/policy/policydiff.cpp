#include "policydiff.h"

#include <vector>

namespace traceo {

QString DiffHunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
}

QStringList diffTextLines(const QString& text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<DiffLine> diffLines(const QStringList& from, const QStringList& to)
{
    const int n = int(from.size());
    const int m = int(to.size());
    int head = 0;
    while (head < n && head < m && from[head] == to[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && from[n - 1 - tail] == to[m - 1 - tail])
        ++tail;
    // lcs[i][j]: the longest common subsequence of from[head + i ..] and to[head + j ..] in the middle part.
    const int rows = n - head - tail;
    const int cols = m - head - tail;
    std::vector<int> lcs(size_t(rows + 1) * size_t(cols + 1), 0);
    const auto at = [&](int i, int j) -> int& { return lcs[size_t(i) * size_t(cols + 1) + size_t(j)]; };
    for (int i = rows - 1; i >= 0; --i)
        for (int j = cols - 1; j >= 0; --j)
            at(i, j) = from[head + i] == to[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    QList<DiffLine> out;
    out.reserve(std::max(n, m));
    for (int k = 0; k < head; ++k)
        out.append({ DiffLine::Kind::Context, k + 1, k + 1, from[k] });
    int i = 0;
    int j = 0;
    while (i < rows || j < cols) {
        if (i < rows && j < cols && from[head + i] == to[head + j]) {
            out.append({ DiffLine::Kind::Context, head + i + 1, head + j + 1, from[head + i] });
            ++i;
            ++j;
        } else if (j < cols && (i == rows || at(i, j + 1) >= at(i + 1, j))) {
            out.append({ DiffLine::Kind::Added, 0, head + j + 1, to[head + j] });
            ++j;
        } else {
            out.append({ DiffLine::Kind::Removed, head + i + 1, 0, from[head + i] });
            ++i;
        }
    }
    // Removals before additions within a run of changes, as diff -u prints them.
    for (qsizetype s = 0; s < out.size();) {
        qsizetype e = s;
        while (e < out.size() && out[e].kind != DiffLine::Kind::Context)
            ++e;
        std::stable_partition(
            out.begin() + s, out.begin() + e, [](const DiffLine& l) { return l.kind == DiffLine::Kind::Removed; });
        s = e + 1;
    }
    for (int k = 0; k < tail; ++k)
        out.append({ DiffLine::Kind::Context, n - tail + k + 1, m - tail + k + 1, from[n - tail + k] });
    return out;
}

QList<DiffHunk> diffHunks(const QList<DiffLine>& lines, int context)
{
    QList<DiffHunk> hunks;
    const qsizetype size = lines.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && lines[i].kind == DiffLine::Kind::Context)
            ++i;
        if (i == size)
            break;
        // A hunk starts `context` lines before the change and grows while the next change is near.
        qsizetype begin = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        for (;;) {
            while (end < size && lines[end].kind != DiffLine::Kind::Context)
                ++end;
            qsizetype next = end;
            while (next < size && lines[next].kind == DiffLine::Kind::Context)
                ++next;
            if (next < size && next - end <= 2 * context) {
                end = next;
                continue;
            }
            end = std::min(size, end + context);
            break;
        }
        DiffHunk h;
        h.lines = lines.mid(begin, end - begin);
        int oldBefore = 0;
        int newBefore = 0;
        for (qsizetype k = 0; k < begin; ++k) {
            oldBefore += lines[k].kind != DiffLine::Kind::Added;
            newBefore += lines[k].kind != DiffLine::Kind::Removed;
        }
        for (const DiffLine& l : h.lines) {
            h.oldCount += l.kind != DiffLine::Kind::Added;
            h.newCount += l.kind != DiffLine::Kind::Removed;
        }
        // diff -u numbers an empty side by the line before it.
        h.oldStart = h.oldCount ? oldBefore + 1 : oldBefore;
        h.newStart = h.newCount ? newBefore + 1 : newBefore;
        hunks.append(h);
        i = end;
    }
    return hunks;
}

QString unifiedDiff(const QString& from, const QString& to, const QString& fromName, const QString& toName, int context)
{
    const QList<DiffHunk> hunks = diffHunks(diffLines(diffTextLines(from), diffTextLines(to)), context);
    if (hunks.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(fromName, toName);
    for (const DiffHunk& h : hunks) {
        out += h.header() + u'\n';
        for (const DiffLine& l : h.lines) {
            const QChar mark = l.kind == DiffLine::Kind::Added ? u'+' : l.kind == DiffLine::Kind::Removed ? u'-' : u' ';
            out += mark + l.text + u'\n';
        }
    }
    return out;
}

} // namespace traceo
