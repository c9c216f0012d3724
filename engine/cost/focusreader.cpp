#include "focusreader.h"

#include "core/error.h"
#include "csvscanner.h"
#include "focuschunk.h"

#include <QFile>
#include <atomic>
#include <thread>
#include <zlib.h>

namespace traceo::cost {

namespace {

ChunkPlan planColumns(const std::vector<CsvField>& header, const QString& name, const FocusReadOptions& options)
{
    ChunkPlan plan;
    plan.fileName = name;
    plan.skipBadRows = options.skipBadRows;
    plan.maxExamples = options.maxExamples;
    std::string scratch;
    for (const CsvField& f : header) {
        const std::string_view text = f.text(scratch);
        ColumnPlan c;
        c.name = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
        for (const ColumnPlan& seen : plan.columns)
            if (seen.name == c.name)
                throw Error(FocusReader::tr("%1:1: column %2 appears twice").arg(name, c.name));
        c.kind = focus::kindOf(c.name);
        c.slot = c.kind == ColumnKind::Text ? plan.textColumns++
            : c.kind == ColumnKind::Number  ? plan.numberColumns++
                                            : plan.hourColumns++;
        c.mandatory = focus::mandatoryColumns().contains(c.name);
        c.tags = c.name == focus::Tags;
        c.currency = c.name == focus::BillingCurrency;
        plan.columns.push_back(c);
    }
    for (const QString& m : focus::mandatoryColumns()) {
        if (std::none_of(plan.columns.begin(), plan.columns.end(), [&](const ColumnPlan& c) { return c.name == m; }))
            throw Error(FocusReader::tr("%1:1: column %2: this mandatory FOCUS column is missing").arg(name, m));
    }
    return plan;
}

// The currency of the first record that names one: the one every row must share.
std::string firstCurrency(const char* begin, const char* end, const ChunkPlan& plan)
{
    std::size_t index = 0;
    while (!plan.columns[index].currency)
        ++index;
    CsvScanner scanner(begin, end);
    std::vector<CsvField> fields;
    std::string scratch;
    CsvScanner::Status status;
    while ((status = scanner.next(fields)) != CsvScanner::Status::End) {
        if (status == CsvScanner::Status::Record && fields.size() == plan.columns.size()) {
            const std::string_view text = fields[index].text(scratch);
            if (!text.empty() && !(text == "NULL" && !fields[index].quoted))
                return std::string(text);
        }
    }
    return {};
}

CostTable mergeChunks(std::vector<ChunkResult>& chunks, const ChunkPlan& plan)
{
    CostTable table;
    ChunkResult& first = chunks.front();
    for (const ColumnPlan& c : plan.columns) {
        CostColumn column;
        column.name = c.name;
        column.kind = c.kind;
        const std::size_t slot = std::size_t(c.slot);
        if (c.kind == ColumnKind::Number) {
            column.numbers = std::move(first.numbers[slot]);
            for (std::size_t k = 1; k < chunks.size(); ++k)
                column.numbers.insert(
                    column.numbers.end(), chunks[k].numbers[slot].begin(), chunks[k].numbers[slot].end());
        } else if (c.kind == ColumnKind::Hour) {
            column.hours = std::move(first.hours[slot]);
            for (std::size_t k = 1; k < chunks.size(); ++k)
                column.hours.insert(column.hours.end(), chunks[k].hours[slot].begin(), chunks[k].hours[slot].end());
        } else {
            ByteInterner& dict = first.dictionaries[slot];
            std::vector<std::uint32_t> codes = std::move(first.codes[slot]);
            for (std::size_t k = 1; k < chunks.size(); ++k) {
                const ByteInterner& other = chunks[k].dictionaries[slot];
                std::vector<std::uint32_t> remap(other.size(), 0);
                for (std::uint32_t i = 1; i < other.size(); ++i)
                    remap[i] = dict.intern(other.at(i));
                for (std::uint32_t code : chunks[k].codes[slot])
                    codes.push_back(remap[code]);
            }
            column.dictionary.reserve(dict.size());
            column.dictionary.push_back(QString());
            for (std::uint32_t i = 1; i < dict.size(); ++i) {
                const std::string_view s = dict.at(i);
                column.dictionary.push_back(QString::fromUtf8(s.data(), qsizetype(s.size())));
            }
            column.codes.assign(codes, column.dictionary.size());
        }
        table.addColumn(std::move(column));
    }
    return table;
}

QByteArray gunzip(QByteArrayView data, const QString& name, const ImportProgress* progress)
{
    QByteArray out;
    out.resize(std::max<qsizetype>(data.size() * 6, 1 << 16));
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        throw Error(FocusReader::tr("%1: cannot start gzip decompression").arg(name));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = uInt(data.size());
    qsizetype written = 0;
    int rc = Z_OK;
    while (true) {
        if (written == out.size())
            out.resize(out.size() * 2);
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + written);
        // At most 4 MiB per call, so that a cancel is seen soon.
        zs.avail_out = uInt(std::min<qsizetype>(out.size() - written, 1 << 22));
        const uInt before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        written += qsizetype(before - zs.avail_out);
        if (progress) {
            // Inflating is the first half of reading a gzip file, parsing the second.
            progress->reportProgress(ImportProgress::Stage::Reading, (data.size() - zs.avail_in) / 2, data.size());
            if (progress->isCanceled()) {
                inflateEnd(&zs);
                throw ImportCanceled(FocusReader::tr("%1: the import was canceled").arg(name));
            }
        }
        if (rc == Z_STREAM_END && zs.avail_in > 0) // concatenated gzip members
            rc = inflateReset(&zs);
        else if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            inflateEnd(&zs);
            throw Error(FocusReader::tr("%1: the gzip data is corrupt (%2)")
                            .arg(name, QString::fromLatin1(zs.msg ? zs.msg : "error")));
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            inflateEnd(&zs);
            throw Error(FocusReader::tr("%1: the gzip data ends early").arg(name));
        }
    }
    inflateEnd(&zs);
    out.truncate(written);
    return out;
}

} // namespace

FocusReadResult FocusReader::parse(QByteArrayView data, const QString& name, const FocusReadOptions& options)
{
    const char* begin = data.data();
    const char* end = begin + data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    CsvScanner headerScanner(begin, end);
    std::vector<CsvField> header;
    if (headerScanner.next(header) != CsvScanner::Status::Record)
        throw Error(tr("%1:1: the file has no readable header line").arg(name));
    ChunkPlan plan = planColumns(header, name, options);
    const char* body = headerScanner.position();
    const qint64 bodyLine = headerScanner.lines() + 1;
    plan.currency = firstCurrency(body, end, plan);
    std::atomic<qint64> parsed = body - data.data();
    if (const ImportProgress* progress = options.progress) {
        plan.advance = [progress, &parsed, size = data.size()](qint64 bytes) {
            progress->reportProgress(ImportProgress::Stage::Reading, parsed += bytes, size);
            return !progress->isCanceled();
        };
    }

    // Split at record boundaries so each thread parses whole records of its own slice.
    const int threads = (end - body) < (1 << 20) ? 1 : std::max(1, options.threads);
    std::vector<const char*> bounds { body };
    for (int t = 1; t < threads; ++t)
        bounds.push_back(nextRecordStart(body, std::max(bounds.back(), body + (end - body) * t / threads), end));
    bounds.push_back(end);
    std::vector<ChunkResult> chunks(bounds.size() - 1);
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < chunks.size(); ++k)
        workers.emplace_back([&, k] { parseChunk(bounds[k], bounds[k + 1], plan, chunks[k]); });
    parseChunk(bounds[0], bounds[1], plan, chunks[0]);
    for (std::thread& w : workers)
        w.join();
    if (std::any_of(chunks.begin(), chunks.end(), [](const ChunkResult& c) { return c.canceled; }))
        throw ImportCanceled(tr("%1: the import was canceled").arg(name));

    FocusReadResult result;
    result.currency = QString::fromStdString(plan.currency);
    qint64 line = bodyLine;
    for (const ChunkResult& chunk : chunks) {
        for (const RowError& e : chunk.errors) {
            const QString message = QStringLiteral("%1:%2: %3").arg(name).arg(line + e.line - 1).arg(e.message);
            if (!options.skipBadRows)
                throw Error(message);
            if (result.examples.size() < options.maxExamples)
                result.examples << message;
        }
        result.skippedRows += chunk.badRows;
        line += chunk.lines;
    }
    result.table = mergeChunks(chunks, plan);
    return result;
}

FocusReadResult FocusReader::readFile(const QString& path, const FocusReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    QByteArray copy;
    QByteArrayView data;
    if (file.size() > 0) {
        if (const uchar* mapped = file.map(0, file.size()))
            data = QByteArrayView(reinterpret_cast<const char*>(mapped), file.size());
    }
    if (data.isNull() && file.size() > 0) {
        copy = file.readAll();
        data = copy;
    }
    if (data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        copy = gunzip(data, path, options.progress);
        if (!options.progress)
            return parse(copy, path, options);
        // Parsing the inflated text is the second half of reading the file: scale its progress.
        ImportProgress second;
        second.canceled = options.progress->canceled;
        second.report = [outer = options.progress, size = data.size()](auto stage, qint64 done, qint64 total) {
            outer->reportProgress(stage, size / 2 + (total > 0 ? done * (size - size / 2) / total : 0), size);
        };
        FocusReadOptions inflated = options;
        inflated.progress = &second;
        return parse(copy, path, inflated);
    }
    return parse(data, path, options);
}

} // namespace traceo::cost
