#pragma once

#include "http/httptypes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace traceo {

/// One series of a Prometheus result: its labels (including __name__ when present) and its points
/// as (milliseconds since the epoch, value). Values may be NaN or ±infinity.
struct PromSample
{
    QMap<QString, QString> labels;
    QList<QPair<qint64, double>> points;
};

/// A parsed query result. resultType is "vector", "matrix" or "scalar"; a scalar is one sample
/// without labels and with one point. On failure `error` is set and the rest is empty.
struct PromResult
{
    QString resultType;
    QList<PromSample> samples;
    QStringList warnings;
    QString errorType; // Prometheus's own errorType ("bad_data", "timeout", ...) when it reported one
    HttpError error;
    bool ok() const { return !error.isError(); }
};

/// Parses the JSON body of /api/v1/query or /api/v1/query_range. A pure function: never throws, safe
/// on any input. `url` and `query` only go into error messages; `httpStatus` into error.httpStatus.
///
/// Errors: `status: "error"` gives Kind::HttpStatus (Kind::Timeout for errorType "timeout",
/// Kind::Canceled for "canceled") with Prometheus's errorType and error text; anything that is not
/// the documented shape gives Kind::InvalidResponse naming the offending position.
PromResult parsePrometheusResponse(const QByteArray& body, const QUrl& url, const QString& query, int httpStatus = 200);

/// Parses a Prometheus sample value: a decimal number, "NaN", "+Inf", "Inf" or "-Inf".
bool parsePrometheusValue(const QString& text, double* value);

} // namespace traceo
