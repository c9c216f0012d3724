#include "sloimport.h"

#include "core/error.h"
#include "openslospec.h"

#include <QCoreApplication>
#include <QFile>

namespace traceo::slo {

std::vector<SlothSpec> readSloSpecFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::slo", "%1: cannot read the file: %2").arg(file, f.errorString()));
    const QByteArray yaml = f.readAll();
    std::vector<SlothSpec> specs = isOpenSloYaml(yaml) ? parseOpenSloSpecs(yaml, file) : parseSlothSpecs(yaml, file);
    for (const SlothSpec& spec : specs)
        for (const SlothSlo& s : spec.slos)
            if (!(s.objective < 100))
                throw Error(QCoreApplication::translate(
                    "traceo::slo", "%1:%2: SLO %3: an objective of 100 % leaves no error budget")
                                .arg(file)
                                .arg(s.line)
                                .arg(s.name));
    return specs;
}

SloImportCounts importSloSpecFile(SloRepository& repo, const QString& file, int periodDays, PeriodKind kind)
{
    return repo.importSloth(readSloSpecFile(file), periodDays, kind);
}

std::vector<SlothSpec> storedSlothSpecs(const SloRepository& repo, const QList<qint64>& sloIds)
{
    std::vector<SlothSpec> specs;
    for (const SloDefinition& d : repo.slos()) {
        if (!sloIds.isEmpty() && !sloIds.contains(d.id))
            continue;
        if (const std::optional<SloSliQuery> q = repo.sliQuery(d.id))
            for (SlothSpec& s : parseSlothSpecs(q->specYaml, q->source))
                specs.push_back(std::move(s));
    }
    return specs;
}

QByteArray storedOpenSloYaml(const SloRepository& repo)
{
    QByteArray out;
    for (const SloDefinition& d : repo.slos()) {
        const std::optional<SloSliQuery> q = repo.sliQuery(d.id);
        if (!q)
            continue; // demo SLOs and per-label instances have no queries
        for (SlothSpec& spec : parseSlothSpecs(q->specYaml, q->source)) {
            for (SlothSlo& s : spec.slos) {
                s.periodDays = d.periodKind == PeriodKind::CalendarMonth ? 0 : d.periodDays;
                s.periodKind = d.periodKind;
            }
            if (!out.isEmpty())
                out.append("---\n");
            out.append(openSloYaml(spec));
        }
    }
    return out;
}

} // namespace traceo::slo
