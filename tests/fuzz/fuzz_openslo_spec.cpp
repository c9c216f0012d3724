// Fuzz target: the OpenSLO v1 reader.
//
// Checks: nothing crashes or hangs; isOpenSloYaml() never throws; every failure is a traceo::Error
// `fuzz.yaml:LINE: …` with LINE a line of the input; every spec read is written by openSloYaml() and
// reads back to the same SLOs and period.

#include "slo/openslospec.h"
#include "specfuzz.h"

using namespace traceo::slo;
using namespace traceo::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.yaml");

    try {
        (void)isOpenSloYaml(text);
    } catch (const std::exception& e) {
        check(false, "isOpenSloYaml() threw", e.what());
    }

    for (const SlothSpec& spec : readChecked(parseOpenSloSpecs, text, file)) {
        const QByteArray written = openSloYaml(spec);
        const std::vector<SlothSpec> back = readBack(parseOpenSloSpecs, written);
        size_t n = 0;
        for (const SlothSpec& b : back) {
            check(b.service == spec.service, "a written spec reads back to another service", written.toStdString());
            for (const SlothSlo& slo : b.slos) {
                check(n < spec.slos.size() && sameSlo(spec.slos[n], slo) && slo.periodKind == spec.slos[n].periodKind
                        && slo.periodDays
                            == (spec.slos[n].periodKind == PeriodKind::CalendarMonth ? 0
                                    : spec.slos[n].periodDays > 0                    ? spec.slos[n].periodDays
                                                                                     : 30),
                    "a written SLO reads back to another SLO", written.toStdString());
                ++n;
            }
        }
        check(n == spec.slos.size(), "a written spec reads back to another number of SLOs", written.toStdString());
    }
    return 0;
}
