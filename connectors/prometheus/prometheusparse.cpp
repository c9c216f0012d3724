#include "prometheusparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace traceo {

namespace {

// Collects the first error; every parse step returns false after calling fail().
struct Parser
{
    PromResult result;
    QString problem;

    bool fail(const QString& what)
    {
        problem = what;
        return false;
    }

    bool parsePoint(const QJsonValue& value, const QString& where, QPair<qint64, double>* point)
    {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2)
            return fail(
                QCoreApplication::translate("traceo::PrometheusParse", "%1 is not a [timestamp, \"value\"] pair")
                    .arg(where));
        if (!pair.at(0).isDouble() || !std::isfinite(pair.at(0).toDouble()))
            return fail(
                QCoreApplication::translate("traceo::PrometheusParse", "%1: the timestamp is not a number").arg(where));
        const double seconds = pair.at(0).toDouble();
        if (std::abs(seconds) > 1e14)
            return fail(QCoreApplication::translate("traceo::PrometheusParse", "%1: timestamp %2 is out of range")
                            .arg(where)
                            .arg(seconds));
        if (!pair.at(1).isString())
            return fail(
                QCoreApplication::translate("traceo::PrometheusParse", "%1: the value is not a string").arg(where));
        double number = 0;
        if (!parsePrometheusValue(pair.at(1).toString(), &number))
            return fail(QCoreApplication::translate("traceo::PrometheusParse", "%1: value \"%2\" is not a number")
                            .arg(where, pair.at(1).toString().left(40)));
        *point = { qint64(std::llround(seconds * 1000.0)), number };
        return true;
    }

    bool parseLabels(const QJsonValue& value, const QString& where, QMap<QString, QString>* labels)
    {
        if (value.isUndefined() || value.isNull())
            return true; // absent metric: no labels
        if (!value.isObject())
            return fail(
                QCoreApplication::translate("traceo::PrometheusParse", "%1.metric is not an object").arg(where));
        const QJsonObject metric = value.toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it) {
            if (!it.value().isString())
                return fail(QCoreApplication::translate("traceo::PrometheusParse", "%1.metric.%2 is not a string")
                                .arg(where, it.key()));
            labels->insert(it.key(), it.value().toString());
        }
        return true;
    }

    bool parseSeries(const QJsonValue& value, const QString& where, bool matrix)
    {
        if (!value.isObject())
            return fail(QCoreApplication::translate("traceo::PrometheusParse", "%1 is not an object").arg(where));
        const QJsonObject series = value.toObject();
        PromSample sample;
        if (!parseLabels(series.value(QLatin1String("metric")), where, &sample.labels))
            return false;
        if (matrix) {
            const QJsonValue values = series.value(QLatin1String("values"));
            if (!values.isArray() && !values.isUndefined())
                return fail(
                    QCoreApplication::translate("traceo::PrometheusParse", "%1.values is not an array").arg(where));
            const QJsonArray array = values.toArray();
            sample.points.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                QPair<qint64, double> point;
                if (!parsePoint(array.at(i), QStringLiteral("%1.values[%2]").arg(where).arg(i), &point))
                    return false;
                sample.points.append(point);
            }
        } else {
            const QJsonValue single = series.value(QLatin1String("value"));
            if (!single.isUndefined()) { // native-histogram samples carry "histogram" instead
                QPair<qint64, double> point;
                if (!parsePoint(single, where + QLatin1String(".value"), &point))
                    return false;
                sample.points.append(point);
            }
        }
        result.samples.append(std::move(sample));
        return true;
    }

    bool parseData(const QJsonObject& data)
    {
        const QString type = data.value(QLatin1String("resultType")).toString();
        const QJsonValue payload = data.value(QLatin1String("result"));
        result.resultType = type;
        if (type == QLatin1String("scalar")) {
            PromSample sample;
            QPair<qint64, double> point;
            if (!parsePoint(payload, QStringLiteral("data.result"), &point))
                return false;
            sample.points.append(point);
            result.samples.append(sample);
            return true;
        }
        if (type != QLatin1String("vector") && type != QLatin1String("matrix")) {
            return fail(type.isEmpty()
                    ? QCoreApplication::translate("traceo::PrometheusParse", "data.resultType is missing")
                    : QCoreApplication::translate("traceo::PrometheusParse", "unsupported result type \"%1\"")
                          .arg(type.left(40)));
        }
        if (!payload.isArray())
            return fail(QCoreApplication::translate("traceo::PrometheusParse", "data.result is not an array"));
        const QJsonArray series = payload.toArray();
        result.samples.reserve(series.size());
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (!parseSeries(series.at(i), QStringLiteral("data.result[%1]").arg(i), type == QLatin1String("matrix")))
                return false;
        }
        return true;
    }
};

PromResult failure(HttpError::Kind kind, const QUrl& url, int httpStatus, const QString& message)
{
    PromResult result;
    result.error.kind = kind;
    result.error.url = url.adjusted(QUrl::RemovePassword);
    result.error.httpStatus = httpStatus;
    result.error.message = message;
    return result;
}

} // namespace

bool parsePrometheusValue(const QString& text, double* value)
{
    if (text == QLatin1String("NaN")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    const double number = text.toDouble(&ok); // C locale; rejects "nan"/"inf" spellings we did not list
    if (!ok || !std::isfinite(number))
        return false;
    *value = number;
    return true;
}

PromResult parsePrometheusResponse(const QByteArray& body, const QUrl& url, const QString& query, int httpStatus)
{
    const QString target = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return failure(HttpError::Kind::InvalidResponse, url, httpStatus,
            QCoreApplication::translate("traceo::PrometheusParse",
                "Prometheus query \"%1\" at %2: the response is not valid JSON: %3 at offset %4")
                .arg(query, target, jsonError.errorString())
                .arg(jsonError.offset));
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        const QString errorType = root.value(QLatin1String("errorType")).toString();
        const QString text = root.value(QLatin1String("error")).toString();
        const HttpError::Kind kind = errorType == QLatin1String("timeout") ? HttpError::Kind::Timeout
            : errorType == QLatin1String("canceled")                       ? HttpError::Kind::Canceled
                                                                           : HttpError::Kind::HttpStatus;
        PromResult result = failure(kind, url, httpStatus,
            QCoreApplication::translate("traceo::PrometheusParse", "Prometheus query \"%1\" at %2 failed: %3: %4")
                .arg(query, target,
                    errorType.isEmpty() ? QCoreApplication::translate("traceo::PrometheusParse", "error") : errorType,
                    text.isEmpty() ? QCoreApplication::translate("traceo::PrometheusParse", "(no message)") : text));
        result.errorType = errorType;
        return result;
    }
    if (!doc.isObject() || status != QLatin1String("success")) {
        return failure(HttpError::Kind::InvalidResponse, url, httpStatus,
            QCoreApplication::translate("traceo::PrometheusParse",
                "Prometheus query \"%1\" at %2: the response is not a Prometheus API answer (no \"status\")")
                .arg(query, target));
    }
    Parser parser;
    if (!root.value(QLatin1String("data")).isObject()
        || !parser.parseData(root.value(QLatin1String("data")).toObject())) {
        const QString problem = parser.problem.isEmpty()
            ? QCoreApplication::translate("traceo::PrometheusParse", "data is not an object")
            : parser.problem;
        return failure(HttpError::Kind::InvalidResponse, url, httpStatus,
            QCoreApplication::translate(
                "traceo::PrometheusParse", "Prometheus query \"%1\" at %2: unexpected response: %3")
                .arg(query, target, problem));
    }
    const QJsonArray warnings = root.value(QLatin1String("warnings")).toArray();
    for (const QJsonValue& w : warnings)
        parser.result.warnings << w.toString();
    return parser.result;
}

} // namespace traceo
