#include "costreport.h"

#include "core/error.h"
#include "costanalysis.h"

#include <QRegularExpression>
#include <algorithm>

namespace traceo::cost {

namespace {

QString money(double v)
{
    return CostReport::money(v);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QByteArray csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s.toUtf8();
    return '"' + QString(s).replace(u"\""_qs, u"\"\""_qs).toUtf8() + '"';
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString h = u"<table><tr>"_qs;
    for (const QString& c : header)
        h += u"<th>"_qs + esc(c) + u"</th>"_qs;
    h += u"</tr>"_qs;
    for (const QStringList& r : rows) {
        h += u"<tr>"_qs;
        for (const QString& c : r)
            h += u"<td>"_qs + esc(c) + u"</td>"_qs;
        h += u"</tr>"_qs;
    }
    return h + u"</table>"_qs;
}

/// Horizontal bars, one per row, labelled with the key and the amount.
QString barChart(const BreakdownResult& r)
{
    double max = 0;
    for (const BreakdownRow& row : r.rows)
        max = std::max(max, row.value);
    const int height = int(r.rows.size()) * 24 + 8;
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"%1\">"_qs.arg(height);
    int y = 4;
    for (const BreakdownRow& row : r.rows) {
        const double w = max > 0 ? row.value / max * 380 : 0;
        svg += u"<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>"_qs.arg(y + 15).arg(esc(row.keys.join(u" / ")));
        svg += u"<rect x=\"180\" y=\"%1\" width=\"%2\" height=\"18\" fill=\"#3b7dd8\"/>"_qs.arg(y).arg(w, 0, 'f', 1);
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"12\">%3</text>"_qs.arg(186 + w, 0, 'f', 1)
                   .arg(y + 15)
                   .arg(money(row.value));
        y += 24;
    }
    return svg + u"</svg>"_qs;
}

/// The daily total as a line over the period.
QString lineChart(const std::vector<std::pair<QDate, double>>& daily)
{
    double max = 0;
    for (const auto& [day, v] : daily)
        max = std::max(max, v);
    QString points;
    const double step = daily.size() > 1 ? 600.0 / double(daily.size() - 1) : 0;
    for (std::size_t i = 0; i < daily.size(); ++i)
        points += u"%1,%2 "_qs.arg(20 + step * double(i), 0, 'f', 1)
                      .arg(170 - (max > 0 ? daily[i].second / max * 150 : 0), 0, 'f', 1);
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"200\">"_qs
        + u"<line x1=\"20\" y1=\"170\" x2=\"620\" y2=\"170\" stroke=\"#888\"/>"_qs
        + u"<polyline fill=\"none\" stroke=\"#d8563b\" stroke-width=\"2\" points=\"%1\"/>"_qs.arg(points.trimmed());
    if (!daily.empty())
        svg += u"<text x=\"20\" y=\"190\" font-size=\"11\">%1</text><text x=\"560\" y=\"190\" "
               u"font-size=\"11\">%2</text>"
               u"<text x=\"20\" y=\"14\" font-size=\"11\">max %3</text>"_qs.arg(
                   daily.front().first.toString(Qt::ISODate), daily.back().first.toString(Qt::ISODate), money(max));
    return svg + u"</svg>"_qs;
}

} // namespace

std::pair<QDate, QDate> CostReport::parsePeriod(const QString& text)
{
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_qs);
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid())
            return { first, first.addMonths(1) };
    }
    const QStringList range = text.split(u".."_qs);
    if (range.size() == 2) {
        const QDate from = QDate::fromString(range[0], Qt::ISODate), to = QDate::fromString(range[1], Qt::ISODate);
        if (from.isValid() && to.isValid() && from < to)
            return { from, to };
    }
    throw Error(tr("period “%1”: expected a month (2026-09) or FROM..TO days (2026-09-01..2026-09-15)").arg(text));
}

CostReport CostReport::build(const CostTable& table, const CostReportRequest& request, const RecommendationSettings& s)
{
    CostReport r;
    r.from = request.from;
    r.to = request.to;
    r.title = tr("Cost report %1 – %2").arg(r.from.toString(Qt::ISODate), r.to.addDays(-1).toString(Qt::ISODate));
    if (const CostColumn* c = table.column(focus::BillingCurrency); c && c->dictionary.size() > 1)
        r.currency = c->dictionary[1];
    BreakdownQuery q;
    q.from = r.from.startOfDay(Qt::UTC);
    q.to = r.to.startOfDay(Qt::UTC);
    r.totals = CostBreakdown::run(table, q);
    q.by = request.groupBy;
    r.groups = CostBreakdown::run(table, q);
    q.by = { QStringLiteral("service") };
    q.top = request.topServices;
    r.services = CostBreakdown::run(table, q);
    q.by = { QStringLiteral("day") };
    q.top = 0;
    for (const BreakdownRow& row : CostBreakdown::run(table, q).rows)
        r.daily.emplace_back(QDate::fromString(row.keys[0], Qt::ISODate), row.value);
    r.anomalies = findAnomalies(table, {}, r.from, r.to);
    r.recommendations = recommend(resourceUsage(table), s);
    return r;
}

QString CostReport::money(double v)
{
    return QString::number(v, 'f', 2);
}

std::vector<CostReportSection> CostReport::sections() const
{
    using Kind = CostReportSection::Kind;
    std::vector<CostReportSection> out;
    const BreakdownRow& t = totals.total;
    out.push_back({ Kind::Table, tr("Totals"),
        { tr("Billed"), tr("Effective"), tr("List"), tr("Previous period"), tr("Currency"), tr("Line items") },
        { { money(t.billed), money(t.effective), money(t.list), money(t.previous), currency,
            QString::number(totals.lineItems) } } });
    out.push_back({ Kind::ServiceChart, tr("Top services"), {}, {} });
    out.push_back({ Kind::DailyChart, tr("Daily cost"), {}, {} });
    QList<QStringList> rows;
    for (const BreakdownRow& row : groups.rows)
        rows.append(QStringList(row.keys) << money(row.billed) << money(row.effective) << money(row.list));
    out.push_back({ Kind::Table, tr("Breakdown by %1").arg(groups.dimensions.join(u", ")),
        QStringList(groups.dimensions) << tr("Billed") << tr("Effective") << tr("List"), rows });
    rows.clear();
    for (const CostAnomaly& a : anomalies)
        rows.append({ a.day.toString(Qt::ISODate), a.dims.join(u", "), money(a.expected), money(a.actual),
            money(a.impact), severityName(a.severity) });
    out.push_back({ Kind::Table, tr("Anomalies"),
        { tr("Day"), tr("Slice"), tr("Expected"), tr("Actual"), tr("Impact"), tr("Severity") }, rows });
    rows.clear();
    for (const Recommendation& r : recommendations.recommendations)
        rows.append({ QString::number(r.priority), strategyTitle(r.strategy), QString::number(r.evidence.size()),
            money(r.monthlySavings), money(r.annualSavings), money(r.implementationCost),
            QString::number(r.paybackMonths, 'f', 1) });
    out.push_back({ Kind::Table, tr("Recommendations"),
        { tr("Priority"), tr("Strategy"), tr("Resources"), tr("Monthly savings"), tr("Annual savings"),
            tr("Implementation cost"), tr("Payback (months)") },
        rows });
    return out;
}

QString CostReport::toHtml() const
{
    QString h = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                u"<meta charset=\"UTF-8\"/><title>"_qs
        + esc(title)
        + u"</title><style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
          u"</style></head><body><h1>"_qs
        + esc(title) + u"</h1>"_qs;
    for (const CostReportSection& s : sections()) {
        h += u"<h2>"_qs + esc(s.title) + u"</h2>"_qs;
        switch (s.kind) {
        case CostReportSection::Kind::Table:
            h += table(s.header, s.rows);
            break;
        case CostReportSection::Kind::ServiceChart:
            h += barChart(services);
            break;
        case CostReportSection::Kind::DailyChart:
            h += lineChart(daily);
            break;
        }
    }
    return h + u"</body></html>\n"_qs;
}

QByteArray CostReport::toCsv() const
{
    QByteArray csv = "section,key,billed,effective,list\r\n";
    const auto line = [&](const char* section, const QString& key, const BreakdownRow& r) {
        csv += QByteArray(section) + ',' + csvField(key) + ',' + money(r.billed).toUtf8() + ','
            + money(r.effective).toUtf8() + ',' + money(r.list).toUtf8() + "\r\n";
    };
    line("total", from.toString(Qt::ISODate) + u".."_qs + to.toString(Qt::ISODate), totals.total);
    for (const BreakdownRow& r : groups.rows)
        line("group", r.keys.join(u" / "), r);
    for (const auto& [day, v] : daily) {
        csv += "day," + day.toString(Qt::ISODate).toUtf8() + ',' + money(v).toUtf8() + ",,\r\n";
    }
    for (const CostAnomaly& a : anomalies)
        csv += "anomaly," + csvField(a.day.toString(Qt::ISODate) + u' ' + a.dims.join(u',')) + ','
            + money(a.actual).toUtf8() + ',' + money(a.expected).toUtf8() + ",\r\n";
    for (const Recommendation& r : recommendations.recommendations)
        csv += "recommendation," + strategyName(r.strategy).toUtf8() + ',' + money(r.monthlySavings).toUtf8()
            + ",,\r\n";
    return csv;
}

} // namespace traceo::cost
