#include "columncodec.h"

#include "core/error.h"

#include <QCoreApplication>
#include <cstring>
#include <thread>
#include <zstd.h>

// Layout before compression (host byte order, little-endian on every platform we build for):
//   Text:   u32 dictionary size, then per entry u32 length + UTF-8 bytes (entry 0, null, included);
//           u8 code width; the codes
//   Number: the doubles
//   Hour:   the int32 hours

namespace traceo::cost {

namespace {

template <typename T> void put(QByteArray& out, const T& v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

QByteArray rawBytes(const CostColumn& c)
{
    QByteArray raw;
    switch (c.kind) {
    case ColumnKind::Number:
        raw = QByteArray(reinterpret_cast<const char*>(c.numbers.data()), qsizetype(c.numbers.size() * sizeof(double)));
        break;
    case ColumnKind::Hour:
        raw = QByteArray(reinterpret_cast<const char*>(c.hours.data()), qsizetype(c.hours.size() * 4));
        break;
    case ColumnKind::Text: {
        put(raw, std::uint32_t(c.dictionary.size()));
        for (const QString& s : c.dictionary) {
            const QByteArray utf8 = s.toUtf8();
            put(raw, std::uint32_t(utf8.size()));
            raw.append(utf8);
        }
        put(raw, std::uint8_t(c.codes.width()));
        raw.append(reinterpret_cast<const char*>(c.codes.bytes().data()), qsizetype(c.codes.bytes().size()));
        break;
    }
    }
    return raw;
}

EncodedColumn encode(const CostColumn& c)
{
    const QByteArray raw = rawBytes(c);
    EncodedColumn e { c.name, c.kind, raw.size(), {} };
    e.data.resize(qsizetype(ZSTD_compressBound(std::size_t(raw.size()))));
    const std::size_t n
        = ZSTD_compress(e.data.data(), std::size_t(e.data.size()), raw.constData(), std::size_t(raw.size()), 1);
    if (ZSTD_isError(n))
        throw Error(QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(n))));
    e.data.truncate(qsizetype(n));
    return e;
}

class Reader
{
public:
    Reader(const QByteArray& bytes, const QString& where)
        : m_bytes(bytes)
        , m_where(where)
    { }
    const char* take(std::size_t n)
    {
        if (n > std::size_t(m_bytes.size()) - m_pos)
            damaged();
        const char* p = m_bytes.constData() + m_pos;
        m_pos += n;
        return p;
    }
    template <typename T> T get()
    {
        T v;
        std::memcpy(&v, take(sizeof(T)), sizeof(T));
        return v;
    }
    std::size_t left() const { return std::size_t(m_bytes.size()) - m_pos; }
    [[noreturn]] void damaged() const
    {
        throw Error(QCoreApplication::translate("traceo::cost::CostStore", "%1: the stored cost column is damaged")
                        .arg(m_where));
    }

private:
    const QByteArray& m_bytes;
    QString m_where;
    std::size_t m_pos = 0;
};

} // namespace

std::vector<EncodedColumn> encodeColumns(const CostTable& table, int threads)
{
    const std::vector<CostColumn>& columns = table.columns();
    std::vector<EncodedColumn> out(columns.size());
    auto work = [&](std::size_t first, std::size_t step) {
        for (std::size_t i = first; i < columns.size(); i += step)
            out[i] = encode(columns[i]);
    };
    const std::size_t n = std::size_t(std::max(1, threads));
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < n; ++t)
        workers.emplace_back(work, t, n);
    work(0, n);
    for (std::thread& w : workers)
        w.join();
    return out;
}

CostColumn decodeColumn(const EncodedColumn& encoded, std::size_t rows, const QString& where)
{
    QByteArray raw;
    raw.resize(encoded.rawSize);
    const std::size_t n = ZSTD_decompress(
        raw.data(), std::size_t(raw.size()), encoded.data.constData(), std::size_t(encoded.data.size()));
    Reader r(raw, where);
    if (ZSTD_isError(n) || n != std::size_t(raw.size()))
        r.damaged();
    CostColumn c;
    c.name = encoded.name;
    c.kind = encoded.kind;
    if (c.kind == ColumnKind::Number) {
        c.numbers.resize(rows);
        std::memcpy(c.numbers.data(), r.take(rows * sizeof(double)), rows * sizeof(double));
    } else if (c.kind == ColumnKind::Hour) {
        c.hours.resize(rows);
        std::memcpy(c.hours.data(), r.take(rows * 4), rows * 4);
    } else {
        const std::uint32_t size = r.get<std::uint32_t>();
        if (size == 0 || size > r.left())
            r.damaged();
        c.dictionary.reserve(size);
        for (std::uint32_t i = 0; i < size; ++i) {
            const std::uint32_t len = r.get<std::uint32_t>();
            c.dictionary.push_back(QString::fromUtf8(r.take(len), qsizetype(len)));
        }
        const int width = r.get<std::uint8_t>();
        if (width != 1 && width != 2 && width != 4)
            r.damaged();
        const char* p = r.take(rows * std::size_t(width));
        c.codes.setRaw(width, std::vector<std::uint8_t>(p, p + rows * std::size_t(width)));
        for (std::size_t i = 0; i < rows; ++i)
            if (c.codes[i] >= size)
                r.damaged();
    }
    if (r.left())
        r.damaged();
    return c;
}

} // namespace traceo::cost
