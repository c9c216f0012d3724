#pragma once

#include "alerting.h"
#include "slomath.h"

#include <QMap>
#include <QString>
#include <vector>

namespace traceo::slo {

/// Label and annotation maps, sorted by key like the YAML Sloth writes.
using LabelMap = QMap<QString, QString>;

struct SlothAlertMeta
{
    bool disable = false;
    LabelMap labels;
    LabelMap annotations;
};

/// One SLO of a Sloth `prometheus/v1` spec, as written (objective in percent).
struct SlothSlo
{
    enum class SliKind
    {
        Events,
        Raw
    };

    QString name;
    QString description;
    double objective = 0; ///< percent, 99.9
    LabelMap labels; ///< the SLO's own labels (the spec's labels are in SlothSpec)
    SliKind sliKind = SliKind::Events;
    QString errorQuery; ///< events SLI, with `{{.window}}`
    QString totalQuery;
    QString errorRatioQuery; ///< raw SLI
    QString alertName;
    LabelMap alertLabels;
    LabelMap alertAnnotations;
    SlothAlertMeta pageAlert;
    SlothAlertMeta ticketAlert;
    int line = 0; ///< 1-based line of the SLO in its file
    int periodDays = 0; ///< the SLO period when the spec gives one (OpenSLO timeWindow); 0 for Sloth specs
    PeriodKind periodKind = PeriodKind::Rolling; ///< CalendarMonth from an OpenSLO calendar window (periodDays 0)
};

/// One YAML document of a spec file.
struct SlothSpec
{
    QString file;
    int document = 0; ///< 0-based index of the YAML document in the file
    QString version; ///< "prometheus/v1"
    QString service;
    LabelMap labels;
    std::vector<SlothSlo> slos;
};

/// Reads every document of a Sloth `prometheus/v1` spec file. Throws traceo::Error naming the file,
/// the line, the field path (`slos[1].objective`) and the problem. Unknown fields are errors (they are
/// usually typos), and so are plugin SLIs, which only Sloth itself can expand.
std::vector<SlothSpec> parseSlothSpecs(const QByteArray& yaml, const QString& fileName);
std::vector<SlothSpec> readSlothSpecFile(const QString& path);

/// Writes a spec back as one Sloth `prometheus/v1` YAML document (parseSlothSpecs reads it back).
QByteArray slothSpecYaml(const SlothSpec& spec);

/// Reads a Sloth `AlertWindows` document (`sloth.slok.dev/v1`, as in Sloth's `windows/*.yaml`).
AlertTable parseSlothAlertWindows(const QByteArray& yaml, const QString& fileName);

/// A Prometheus duration ("5m", "1h30m", "1w", "30d") in whole minutes; −1 if it is not one or is
/// not a whole number of minutes.
qint64 parsePromDurationMinutes(const QString& text);

/// Replaces Sloth's Go-template `{{.window}}` (spaces allowed) by `window`.
QString renderWindowTemplate(const QString& query, const QString& window);

} // namespace traceo::slo
