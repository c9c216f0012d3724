#include "focuschunk.h"

#include "csvscanner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>
#include <fast_float/fast_float.h>

namespace traceo::cost {

namespace {

int digits(const char* p, int n, bool* ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned d = unsigned(p[i] - '0');
        if (d > 9)
            *ok = false;
        v = v * 10 + int(d);
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + std::int64_t(doe) - 719468;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::FocusReader)
};

QString quoted(std::string_view text)
{
    return QStringLiteral("“%1”").arg(
        QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60))));
}

} // namespace

bool parseHour(std::string_view t, std::int32_t* hour)
{
    if (t.size() < 10 || t[4] != '-' || t[7] != '-')
        return false;
    bool ok = true;
    const int y = digits(t.data(), 4, &ok);
    const int mo = digits(t.data() + 5, 2, &ok);
    const int d = digits(t.data() + 8, 2, &ok);
    int h = 0;
    int mi = 0;
    std::size_t i = 10;
    if (t.size() > 10) {
        if ((t[10] != 'T' && t[10] != ' ') || t.size() < 16 || t[13] != ':')
            return false;
        h = digits(t.data() + 11, 2, &ok);
        mi = digits(t.data() + 14, 2, &ok);
        i = 16;
        if (i < t.size() && t[i] == ':') {
            if (t.size() < 19)
                return false;
            digits(t.data() + 17, 2, &ok);
            i = 19;
            if (i < t.size() && t[i] == '.')
                for (++i; i < t.size() && unsigned(t[i] - '0') <= 9; ++i) { }
        }
    }
    int offsetMinutes = 0;
    if (i < t.size() && t[i] == 'Z') {
        ++i;
    } else if (i + 6 == t.size() && (t[i] == '+' || t[i] == '-') && t[i + 3] == ':') {
        offsetMinutes = digits(t.data() + i + 1, 2, &ok) * 60 + digits(t.data() + i + 4, 2, &ok);
        if (t[i] == '-')
            offsetMinutes = -offsetMinutes;
        i += 6;
    }
    if (!ok || i != t.size() || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return false;
    const std::int64_t minutes = (daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMinutes;
    const std::int64_t hours = minutes >= 0 ? minutes / 60 : -((-minutes + 59) / 60);
    if (hours <= std::numeric_limits<std::int32_t>::min() || hours > std::numeric_limits<std::int32_t>::max())
        return false;
    *hour = std::int32_t(hours);
    return true;
}

void parseChunk(const char* begin, const char* end, const ChunkPlan& plan, ChunkResult& out)
{
    out.dictionaries.assign(std::size_t(plan.textColumns), ByteInterner());
    out.codes.assign(std::size_t(plan.textColumns), {});
    out.numbers.assign(std::size_t(plan.numberColumns), {});
    out.hours.assign(std::size_t(plan.hourColumns), {});
    std::vector<std::uint32_t> rowCodes(std::size_t(plan.textColumns));
    std::vector<double> rowNumbers(std::size_t(plan.numberColumns));
    std::vector<std::int32_t> rowHours(std::size_t(plan.hourColumns));
    std::vector<CsvField> fields;
    fields.reserve(plan.columns.size() + 4);
    std::string scratch;
    // Consecutive rows often repeat a value (a currency, a period, a provider): compare with the
    // previous row's bytes before hashing.
    std::vector<std::string_view> lastText(std::size_t(plan.textColumns));
    std::vector<std::uint32_t> lastCode(std::size_t(plan.textColumns), 0);
    std::vector<char> tagIsObject { 1 }; // per code of the Tags column; code 0 is null
    enum TextState : char
    {
        Unknown,
        SameAsLast,
        Hashed
    };
    std::vector<TextState> state(std::size_t(plan.textColumns), Unknown);
    std::vector<std::uint64_t> hashes(std::size_t(plan.textColumns), 0);
    std::vector<std::size_t> textFields;
    for (std::size_t f = 0; f < plan.columns.size(); ++f)
        if (plan.columns[f].kind == ColumnKind::Text)
            textFields.push_back(f);
    CsvScanner scanner(begin, end);
    const std::size_t width = plan.columns.size();
    constexpr std::ptrdiff_t kReportBytes = 1 << 20;
    const char* reported = begin;

    auto fail = [&](const QString& message) {
        ++out.badRows;
        if (out.errors.size() < std::size_t(std::max(1, plan.maxExamples)))
            out.errors.push_back({ scanner.recordLine(), message });
        return plan.skipBadRows;
    };
    auto columnError
        = [&](const ColumnPlan& c, const QString& what) { return Tr::tr("column %1: %2").arg(c.name, what); };

    while (true) {
        std::size_t badField = 0;
        const CsvScanner::Status status = scanner.next(fields, &badField);
        if (status == CsvScanner::Status::End)
            break;
        if (plan.advance && scanner.position() - reported >= kReportBytes) {
            if (!plan.advance(scanner.position() - reported)) {
                out.canceled = true;
                break;
            }
            reported = scanner.position();
        }
        if (status == CsvScanner::Status::Malformed) {
            const QString column = plan.columns[std::min(badField, width - 1)].name;
            if (!fail(Tr::tr("column %1: %2").arg(column, Tr::tr("malformed quoting"))))
                break;
            continue;
        }
        if (fields.size() != width) {
            const QString column = plan.columns[std::min(fields.size(), width - 1)].name;
            if (!fail(Tr::tr("column %1: %2")
                          .arg(column, Tr::tr("expected %1 fields, found %2").arg(width).arg(fields.size()))))
                break;
            continue;
        }
        // Hash the row's new text values and prefetch their dictionary slots first, so that the
        // lookups below (mostly cache misses on large dictionaries) overlap instead of queueing.
        for (const std::size_t f : textFields) {
            const CsvField& field = fields[f];
            const std::size_t slot = std::size_t(plan.columns[f].slot);
            const std::string_view text = field.view();
            if (field.escaped || text.empty() || (!field.quoted && text == "NULL")) {
                state[slot] = Unknown;
            } else if (lastCode[slot] && text == lastText[slot]) {
                state[slot] = SameAsLast;
            } else {
                state[slot] = Hashed;
                hashes[slot] = ByteInterner::hash(text);
                out.dictionaries[slot].prefetch(hashes[slot]);
            }
        }
        QString error;
        for (std::size_t f = 0; f < width && error.isEmpty(); ++f) {
            const ColumnPlan& c = plan.columns[f];
            const std::string_view text = fields[f].text(scratch);
            const bool null = text.empty() || (!fields[f].quoted && text == "NULL");
            if (null && c.mandatory) {
                error = columnError(c, Tr::tr("a value is required"));
                break;
            }
            switch (c.kind) {
            case ColumnKind::Number: {
                double v = std::nan("");
                if (!null) {
                    const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), v);
                    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
                        error = columnError(c, Tr::tr("%1 is not a number").arg(quoted(text)));
                }
                rowNumbers[std::size_t(c.slot)] = v;
                break;
            }
            case ColumnKind::Hour: {
                std::int32_t h = kNullHour;
                if (!null && !parseHour(text, &h))
                    error = columnError(c,
                        Tr::tr("%1 is not a date and time (YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DD HH:MM:SS)")
                            .arg(quoted(text)));
                rowHours[std::size_t(c.slot)] = h;
                break;
            }
            case ColumnKind::Text: {
                std::uint32_t code = 0;
                const std::size_t slot = std::size_t(c.slot);
                if (state[slot] == SameAsLast) {
                    code = lastCode[slot];
                } else if (!null) {
                    bool added = false;
                    code = out.dictionaries[slot].intern(
                        text, state[slot] == Hashed ? hashes[slot] : ByteInterner::hash(text), &added);
                    if (c.tags) {
                        if (added)
                            tagIsObject.push_back(
                                QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).isObject());
                        if (!tagIsObject[code])
                            error = columnError(c, Tr::tr("%1 is not a JSON object").arg(quoted(text)));
                    }
                    if (c.currency && text != plan.currency)
                        error = columnError(c,
                            Tr::tr("mixed currencies: %1 after %2 in earlier rows")
                                .arg(quoted(text), quoted(plan.currency)));
                }
                if (code && !fields[f].escaped && error.isEmpty()) {
                    lastText[slot] = text;
                    lastCode[slot] = code;
                }
                rowCodes[slot] = code;
                break;
            }
            }
        }
        if (!error.isEmpty()) {
            if (!fail(error))
                break;
            continue;
        }
        for (std::size_t i = 0; i < rowCodes.size(); ++i)
            out.codes[i].push_back(rowCodes[i]);
        for (std::size_t i = 0; i < rowNumbers.size(); ++i)
            out.numbers[i].push_back(rowNumbers[i]);
        for (std::size_t i = 0; i < rowHours.size(); ++i)
            out.hours[i].push_back(rowHours[i]);
        ++out.rows;
    }
    out.lines = scanner.lines();
    if (plan.advance && !out.canceled && scanner.position() > reported)
        out.canceled = !plan.advance(scanner.position() - reported);
}

} // namespace traceo::cost
