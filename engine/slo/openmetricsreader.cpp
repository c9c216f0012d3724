#include "openmetricsreader.h"

#include "core/error.h"

#include <QFile>
#include <QHash>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace traceo::slo {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

/// One line being read; positions are 0-based byte offsets into the line.
struct LineReader
{
    QByteArrayView line;
    qsizetype pos = 0;
    int lineNo = 0;
    const QString& file;

    [[noreturn]] void fail(const QString& problem, qsizetype at = -1) const
    {
        throw Error(QStringLiteral("%1:%2:%3: %4").arg(file).arg(lineNo).arg((at < 0 ? pos : at) + 1).arg(problem));
    }
    bool atEnd() const { return pos >= line.size(); }
    char peek() const { return atEnd() ? '\0' : line[pos]; }
    void expect(char c, const char* what)
    {
        if (peek() != c)
            fail(OpenMetricsReader::tr("expected %1").arg(QLatin1String(what)));
        ++pos;
    }
    QString name(bool metric)
    {
        const qsizetype start = pos;
        if (!(isNameStart(peek()) || (metric && peek() == ':')))
            fail(metric ? OpenMetricsReader::tr("expected a metric name")
                        : OpenMetricsReader::tr("expected a label name"));
        while (!atEnd() && (isNameChar(peek()) || (metric && peek() == ':')))
            ++pos;
        return QString::fromLatin1(line.sliced(start, pos - start));
    }
    QString quoted()
    {
        expect('"', "“\"”");
        QByteArray out;
        while (true) {
            if (atEnd())
                fail(OpenMetricsReader::tr("unterminated label value"));
            const char c = line[pos++];
            if (c == '"')
                break;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            const char e = peek();
            if (e == '\\' || e == '"')
                out.append(e);
            else if (e == 'n')
                out.append('\n');
            else
                fail(OpenMetricsReader::tr("unknown escape sequence in a label value"));
            ++pos;
        }
        return QString::fromUtf8(out);
    }
    QByteArrayView token()
    {
        const qsizetype start = pos;
        while (!atEnd() && peek() != ' ' && peek() != '\t')
            ++pos;
        return line.sliced(start, pos - start);
    }
    void spaces()
    {
        while (peek() == ' ' || peek() == '\t')
            ++pos;
    }
};

bool parseDouble(QByteArrayView t, double* out)
{
    if (t == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (t == "+Inf" || t == "Inf" || t == "-Inf") {
        *out = t.startsWith('-') ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (t.startsWith('+'))
        t = t.sliced(1);
    if (t.isEmpty())
        return false;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), *out);
    return r.ec == std::errc() && r.ptr == t.data() + t.size();
}

// The family a sample name belongs to, for its type: `x_total` and `x_created` of counter x, and so on.
QString typeOf(const QString& name, const QHash<QString, QString>& types)
{
    if (const auto it = types.constFind(name); it != types.cend())
        return *it;
    for (const char* suffix : { "_total", "_created", "_count", "_sum", "_bucket", "_gcount", "_gsum", "_info" }) {
        const QLatin1String s(suffix);
        if (name.endsWith(s))
            if (const auto it = types.constFind(name.chopped(s.size())); it != types.cend())
                return *it;
    }
    return QStringLiteral("unknown");
}

bool endsWithEof(QByteArrayView data)
{
    qsizetype end = data.size();
    while (end > 0 && (data[end - 1] == '\n' || data[end - 1] == '\r' || data[end - 1] == ' '))
        --end;
    const qsizetype start = data.first(end).lastIndexOf('\n') + 1;
    return data.sliced(start, end - start) == "# EOF";
}

} // namespace

MetricFile OpenMetricsReader::parse(QByteArrayView data, const QString& name)
{
    MetricFile result;
    result.openMetrics = endsWithEof(data);
    QHash<QString, QString> types;
    QHash<QString, size_t> index; // series key -> position in result.series
    bool eof = false;
    int lineNo = 0;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        LineReader r { data.sliced(start, end - start), 0, ++lineNo, name };
        start = end + 1;
        if (r.line.endsWith('\r'))
            r.line.chop(1);
        if (r.line.trimmed().isEmpty())
            continue;
        if (eof)
            r.fail(tr("nothing may follow “# EOF”"));
        if (r.line.startsWith('#')) {
            if (r.line == "# EOF") {
                eof = true;
                continue;
            }
            if (!r.line.startsWith("# TYPE ") && !r.line.startsWith("# HELP ") && !r.line.startsWith("# UNIT "))
                continue; // a comment (the Prometheus text format allows them)
            const bool isType = r.line.startsWith("# TYPE ");
            r.pos = 7;
            const QString family = r.name(true);
            if (isType) {
                r.spaces();
                const QByteArrayView t = r.token();
                static const QByteArrayView known[] = { "counter", "gauge", "histogram", "gaugehistogram", "summary",
                    "info", "stateset", "unknown", "untyped" };
                if (std::find(std::begin(known), std::end(known), t) == std::end(known))
                    r.fail(tr("unknown metric type “%1”").arg(QString::fromUtf8(t)), r.pos - t.size());
                types.insert(family, QString::fromLatin1(t == "untyped" ? QByteArrayView("unknown") : t));
            }
            continue;
        }

        MetricSeries s;
        s.name = r.name(true);
        if (r.peek() == '{') {
            ++r.pos;
            while (r.peek() != '}') {
                const qsizetype at = r.pos;
                const QString label = r.name(false);
                r.expect('=', "“=”");
                if (s.labels.contains(label) || label == QLatin1String("__name__"))
                    r.fail(tr("label “%1” appears twice").arg(label), at);
                s.labels.insert(label, r.quoted());
                if (r.peek() == ',')
                    ++r.pos;
                else if (r.peek() != '}')
                    r.fail(tr("expected “,” or “}”"));
            }
            ++r.pos;
        }
        if (r.peek() != ' ' && r.peek() != '\t')
            r.fail(tr("expected a space and the sample value"));
        r.spaces();
        qsizetype at = r.pos;
        double value = 0;
        if (!parseDouble(r.token(), &value))
            r.fail(tr("invalid sample value"), at);
        r.spaces();
        at = r.pos;
        const QByteArrayView ts = r.token();
        if (ts.isEmpty() || ts == "#")
            r.fail(tr("the sample has no timestamp; only timestamped samples can be imported"), at);
        qint64 ms = 0;
        if (result.openMetrics) {
            double seconds = 0;
            if (!parseDouble(ts, &seconds) || !std::isfinite(seconds) || std::abs(seconds) > 9.2e15)
                r.fail(tr("invalid timestamp (OpenMetrics timestamps are seconds)"), at);
            ms = qint64(seconds * 1000); // as Prometheus's parser: truncated to the millisecond
        } else {
            const auto res = std::from_chars(ts.data(), ts.data() + ts.size(), ms);
            if (res.ec != std::errc() || res.ptr != ts.data() + ts.size())
                r.fail(tr("invalid timestamp (the Prometheus text format has integer milliseconds)"), at);
        }
        r.spaces();
        if (!r.atEnd() && r.peek() != '#') // an exemplar follows as "# {…} value [timestamp]"
            r.fail(tr("unexpected text after the timestamp"));

        s.type = typeOf(s.name, types);
        const QString key = s.key();
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, result.series.size());
            result.series.push_back(std::move(s));
        }
        MetricSeries& target = result.series[*it];
        target.timesMs.push_back(ms);
        target.values.push_back(value);
        ++result.samples;
    }

    for (MetricSeries& s : result.series) {
        // Sorted by time; of equal times the later line wins (stable sort, keep the last).
        std::vector<size_t> order(s.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s.timesMs[a] < s.timesMs[b]; });
        std::vector<qint64> t;
        std::vector<double> v;
        for (size_t k = 0; k < order.size(); ++k) {
            if (k + 1 < order.size() && s.timesMs[order[k + 1]] == s.timesMs[order[k]])
                continue;
            t.push_back(s.timesMs[order[k]]);
            v.push_back(s.values[order[k]]);
        }
        s.timesMs = std::move(t);
        s.values = std::move(v);
    }
    std::sort(result.series.begin(), result.series.end(),
        [](const MetricSeries& a, const MetricSeries& b) { return a.key() < b.key(); });
    return result;
}

MetricFile OpenMetricsReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the file: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    return parse(data, path);
}

} // namespace traceo::slo
