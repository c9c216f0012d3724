// Fuzz target: the OpenMetrics / Prometheus text exposition reader behind `traceo slo import-metrics`.
//
// Checks: nothing crashes or hangs; every failure is a traceo::Error `fuzz.om:LINE:COLUMN: …` with LINE
// a line of the input; every file read holds series sorted by strictly increasing time, with one
// value per timestamp, and no more samples than sample lines.

#include "core/error.h"
#include "fuzzcheck.h"
#include "slo/openmetricsreader.h"

#include <exception>

using namespace traceo;
using namespace traceo::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const QString file = QStringLiteral("fuzz.om");
    try {
        const slo::MetricFile read = slo::OpenMetricsReader::parse(QByteArrayView(text.data(), qsizetype(size)), file);
        qint64 stored = 0;
        for (const slo::MetricSeries& s : read.series) {
            check(s.timesMs.size() == s.values.size(), "a series with more times than values", s.key());
            for (size_t i = 1; i < s.timesMs.size(); ++i)
                check(s.timesMs[i - 1] < s.timesMs[i], "a series whose times do not increase", s.key());
            stored += qint64(s.size());
        }
        check(stored <= read.samples, "more samples stored than sample lines read");
    } catch (const Error& e) {
        const std::string message = e.message().toStdString();
        std::string_view rest = message;
        check(rest.starts_with("fuzz.om:"), "an error that does not name the file", message);
        rest.remove_prefix(8);
        check(lineInText(text, takeNumber(rest)), "an error without a line of the text", message);
        check(rest.starts_with(':') && (rest.remove_prefix(1), takeNumber(rest) >= 1), "an error without a column",
            message);
    } catch (const std::exception& e) {
        check(false, "an exception other than traceo::Error escaped the reader", e.what());
    }
    return 0;
}
