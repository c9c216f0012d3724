#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <QVariantList>

namespace traceo::cli {

enum class Format { Table, Json, Csv };

/// What a read verb prints: rows for `table` and `csv`, and the JSON document for `json` (which may
/// carry more structure than the rows).
struct Output
{
    QStringList columns;
    QList<QVariantList> rows;
    QJsonValue json; ///< when null, `json` prints the rows as an array of objects keyed by column

    QJsonValue toJson() const;
};

/// Parses "table", "json" or "csv"; returns false for anything else.
bool parseFormat(const QString& text, Format* format);
void print(QTextStream& out, const Output& output, Format format);
QString csvField(const QString& text);

} // namespace traceo::cli
