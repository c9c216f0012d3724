// Fuzz target: the Sloth spec reader (`prometheus/v1` documents) and the AlertWindows reader.
//
// Checks: nothing crashes or hangs; every failure is a traceo::Error `fuzz.yml:LINE: …` with LINE a
// line of the input; every spec read is written by slothSpecYaml() and reads back to the same SLOs,
// labels and alerting settings.

#include "specfuzz.h"

using namespace traceo::slo;
using namespace traceo::fuzz;

namespace {

bool sameAlerting(const SlothSlo& a, const SlothSlo& b)
{
    const auto same = [](const SlothAlertMeta& x, const SlothAlertMeta& y) {
        return x.disable == y.disable && x.labels == y.labels && x.annotations == y.annotations;
    };
    return a.labels == b.labels && a.alertName == b.alertName && a.alertLabels == b.alertLabels
        && a.alertAnnotations == b.alertAnnotations && same(a.pageAlert, b.pageAlert)
        && same(a.ticketAlert, b.ticketAlert);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.yml");

    for (const SlothSpec& spec : readChecked(parseSlothSpecs, text, file)) {
        const QByteArray written = slothSpecYaml(spec);
        const std::vector<SlothSpec> back = readBack(parseSlothSpecs, written);
        check(back.size() == 1 && back[0].service == spec.service && back[0].labels == spec.labels
                && back[0].slos.size() == spec.slos.size(),
            "a written spec reads back to another spec", written.toStdString());
        for (size_t i = 0; i < spec.slos.size(); ++i)
            check(sameSlo(spec.slos[i], back[0].slos[i]) && sameAlerting(spec.slos[i], back[0].slos[i]),
                "a written SLO reads back to another SLO", written.toStdString());
    }

    const SpecReader windows = [](const QByteArray& yaml, const QString& name) {
        parseSlothAlertWindows(yaml, name);
        return std::vector<SlothSpec>();
    };
    readChecked(windows, text, file);
    return 0;
}
