#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace traceo::cli {

QJsonValue Output::toJson() const
{
    if (!json.isNull() && !json.isUndefined())
        return json;
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            object.insert(columns[i], QJsonValue::fromVariant(row[i]));
        array.append(object);
    }
    return array;
}

bool parseFormat(const QString& text, Format* format)
{
    if (text == u"table")
        *format = Format::Table;
    else if (text == u"json")
        *format = Format::Json;
    else if (text == u"csv")
        *format = Format::Csv;
    else
        return false;
    return true;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

QString cellText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

void printTable(QTextStream& out, const Output& output)
{
    QList<qsizetype> widths;
    for (const QString& c : output.columns)
        widths << c.size();
    for (const QVariantList& row : output.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cellText(row[i]).size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 == cells.size() ? cells[i] : cells[i].leftJustified(widths[i]);
        }
        out << text << Qt::endl;
    };
    line(output.columns);
    for (const QVariantList& row : output.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << cellText(v);
        line(cells);
    }
}

} // namespace

void print(QTextStream& out, const Output& output, Format format)
{
    switch (format) {
    case Format::Table:
        printTable(out, output);
        break;
    case Format::Csv: {
        QStringList header;
        for (const QString& c : output.columns)
            header << csvField(c);
        out << header.join(u',') << "\r\n";
        for (const QVariantList& row : output.rows) {
            QStringList cells;
            for (const QVariant& v : row)
                cells << csvField(cellText(v));
            out << cells.join(u',') << "\r\n";
        }
        break;
    }
    case Format::Json: {
        const QJsonValue value = output.toJson();
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out << doc.toJson(QJsonDocument::Indented);
        break;
    }
    }
    out.flush();
}

} // namespace traceo::cli
