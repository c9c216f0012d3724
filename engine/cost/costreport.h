#pragma once

#include "costanomaly.h"
#include "costbreakdown.h"
#include "recommendations.h"

namespace traceo::cost {

/// What `traceo cost report` and the Cost pane's export put in a report.
struct CostReportRequest
{
    QDate from; ///< first day of the period
    QDate to; ///< day after the period
    QStringList groupBy { QStringLiteral("service") };
    int topServices = 8;
};

/// One section of a report, in the order the report shows them: a heading over a table or a chart.
struct CostReportSection
{
    enum class Kind
    {
        Table,
        ServiceChart, ///< CostReport::services as horizontal bars
        DailyChart ///< CostReport::daily over the period
    };
    Kind kind = Kind::Table;
    QString title;
    QStringList header; ///< Table
    QList<QStringList> rows; ///< Table: cells as the report writes them
};

/// The content of a cost report, computed once and rendered as XHTML, CSV or PDF (render/costreportpdf).
struct CostReport
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::CostReport)
public:
    QString title;
    QDate from;
    QDate to;
    QString currency;
    BreakdownResult totals; ///< one row: the period's totals (with the previous period)
    BreakdownResult groups; ///< by the requested dimensions
    BreakdownResult services; ///< the top services, the rest as "(other)"
    std::vector<std::pair<QDate, double>> daily; ///< billed cost per day of the period
    std::vector<CostAnomaly> anomalies; ///< in the period
    RecommendationReport recommendations;

    /// Parses "2026-09" (a month) or "2026-09-01..2026-09-15"; throws traceo::Error naming the text.
    static std::pair<QDate, QDate> parsePeriod(const QString& text);
    static CostReport build(
        const CostTable& table, const CostReportRequest& request, const RecommendationSettings& settings = {});

    /// An amount as every format of the report writes it: "1234.50".
    static QString money(double v);
    /// The sections every format shows: totals, top services, daily cost, breakdown, anomalies,
    /// recommendations.
    std::vector<CostReportSection> sections() const;
    /// A self-contained XHTML document with inline SVG charts (no external resources).
    QString toHtml() const;
    /// Sections as rows of section, key, billed, effective, list (RFC 4180, CRLF): one `total` row, a
    /// `group` row per breakdown row, a `day` row per day (billed); `anomaly` rows carry the actual cost
    /// as billed and the expected as effective, `recommendation` rows the monthly savings as billed.
    QByteArray toCsv() const;
};

} // namespace traceo::cost
