#include "costreportpdf.h"

#include "core/error.h"
#include "costcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>

namespace traceo::render {

namespace {

using cost::CostReportSection;

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartKind = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;

/// Draws the report's charts where the document has a chart object, in the page's own units.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const cost::CostReport& report, double pt)
        : m_report(report)
        , m_pt(pt)
    { }
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(kChartSize).toSizeF();
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        if (CostReportSection::Kind(format.intProperty(kChartKind)) == CostReportSection::Kind::ServiceChart)
            paintBreakdownBars(*painter, rect, m_report.services, m_pt);
        else
            paintDailyBars(*painter, rect, m_report.daily, m_pt);
    }

private:
    const cost::CostReport& m_report;
    double m_pt;
};

QTextCharFormat textFormat(double points, bool bold = false, const QColor& color = QColor(0x22, 0x22, 0x22))
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

void paragraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& format, double spaceBefore)
{
    QTextBlockFormat block;
    block.setTopMargin(spaceBefore);
    block.setBottomMargin(0);
    if (cursor.position() == 0 && cursor.block().text().isEmpty()) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(format);
    } else {
        cursor.insertBlock(block, format);
    }
    cursor.insertText(text, format);
}

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

/// `metrics` measure in device pixels, `scale` of them make a pixel of the document layout.
void table(QTextCursor& cursor, const CostReportSection& s, double px, const QFontMetricsF& metrics, double scale)
{
    QTextTableFormat format;
    format.setBorder(0.75 * px);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
    format.setBorderCollapse(true);
    format.setCellPadding(2 * px);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setTopMargin(4 * px);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // Numbers (every cell of the column one) are right-aligned, their header too, and are as wide as
    // their widest cell or header word: text columns get the rest.
    std::vector<bool> numeric;
    QList<QTextLength> widths;
    for (int c = 0; c < int(s.header.size()); ++c) {
        numeric.push_back(std::all_of(s.rows.begin(), s.rows.end(),
            [&](const QStringList& row) { return row.value(c).isEmpty() || isNumber(row.value(c)); }));
        double widest = 0;
        for (const QString& word : s.header[c].split(u' '))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        for (const QStringList& row : s.rows)
            widest = std::max(widest, metrics.horizontalAdvance(row.value(c)));
        widths << (numeric.back() ? QTextLength(QTextLength::FixedLength, widest / scale + 6 * px) : QTextLength());
    }
    format.setColumnWidthConstraints(widths);
    QTextTable* t = cursor.insertTable(int(s.rows.size()) + 1, int(s.header.size()), format);
    QTextTableCellFormat headerCell;
    headerCell.setBackground(QColor(0xee, 0xf2, 0xf8));
    for (int c = 0; c < int(s.header.size()); ++c) {
        for (int r = 0; r <= int(s.rows.size()); ++r) {
            QTextTableCell cell = t->cellAt(r, c);
            const QString text = r == 0 ? s.header[c] : s.rows[r - 1].value(c);
            if (r == 0)
                cell.setFormat(headerCell);
            QTextCursor in = cell.firstCursorPosition();
            QTextBlockFormat align;
            align.setAlignment(numeric[std::size_t(c)] ? Qt::AlignRight : Qt::AlignLeft);
            in.setBlockFormat(align);
            in.insertText(text, textFormat(8, r == 0));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void chart(QTextCursor& cursor, const CostReportSection& s, const QSizeF& size)
{
    QTextBlockFormat block;
    block.setTopMargin(4);
    cursor.insertBlock(block);
    QTextCharFormat object;
    object.setObjectType(kChartObject);
    object.setProperty(kChartKind, int(s.kind));
    object.setProperty(kChartSize, size);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

// Moves each heading whose section starts on the next page to that page.
void keepWithNext(QTextDocument& doc, const std::vector<int>& headings)
{
    const double height = doc.pageSize().height();
    for (const int number : headings) {
        QTextBlock heading = doc.findBlockByNumber(number);
        const QTextBlock next = heading.next();
        if (!next.isValid())
            continue;
        const QRectF h = doc.documentLayout()->blockBoundingRect(heading);
        const QRectF n = doc.documentLayout()->blockBoundingRect(next);
        if (int(h.top() / height) != int(n.bottom() / height)) {
            QTextBlockFormat f = heading.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(f);
        }
    }
}

} // namespace

QByteArray CostReportPdf::render(const cost::CostReport& report)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(tr("A PDF report needs a QGuiApplication for its fonts (traceo starts one for --format pdf)."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Traceo Console"));
    const double pt = writer.resolution() / 72.0;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = 16 * pt;
    // The document layout scales its lengths (margins, padding, borders) from 96 dpi pixels to the
    // device; the charts and the footer are painted in device pixels.
    const double px = 96.0 / 72.0;

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8);
    doc.setDefaultFont(font);

    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold, &writer);

    // The content first, in one edit block: laying out a table again for each cell is quadratic.
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    paragraph(cursor, report.title, textFormat(16, true), 0);
    paragraph(cursor,
        tr("From %1 to %2 inclusive; amounts in %3")
            .arg(report.from.toString(Qt::ISODate), report.to.addDays(-1).toString(Qt::ISODate),
                report.currency.isEmpty() ? tr("the bill's currency") : report.currency),
        textFormat(9, false, QColor(0x55, 0x55, 0x55)), 2 * px);
    std::vector<int> headings;
    for (const CostReportSection& s : report.sections()) {
        paragraph(cursor, s.title, textFormat(11.5, true, QColor(0x1f, 0x4e, 0x8c)), 12 * px);
        headings.push_back(cursor.block().blockNumber());
        switch (s.kind) {
        case CostReportSection::Kind::Table:
            if (s.rows.isEmpty())
                paragraph(cursor, tr("None in this period."), textFormat(8.5, false, QColor(0x55, 0x55, 0x55)), 3 * px);
            else
                table(cursor, s, px, metrics, writer.resolution() / 96.0);
            break;
        case CostReportSection::Kind::ServiceChart:
            chart(cursor, s, QSizeF(page.width(), breakdownBarsHeight(report.services.rows.size(), pt)));
            break;
        case CostReportSection::Kind::DailyChart:
            chart(cursor, s, QSizeF(page.width(), 150 * pt));
            break;
        }
    }

    cursor.endEditBlock();
    ChartObject charts(report, pt);
    doc.documentLayout()->registerHandler(kChartObject, &charts);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));
    keepWithNext(doc, headings);

    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(tr("Cannot start the PDF document of %1").arg(report.title));
    const QSizeF body = doc.pageSize();
    const int pages = doc.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(7);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -body.height() * i);
        doc.drawContents(&painter, QRectF(0, body.height() * i, body.width(), body.height()));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignRight | Qt::AlignBottom,
            tr("%1 – page %2 of %3").arg(report.title).arg(i + 1).arg(pages));
    }
    painter.end();
    return bytes;
}

} // namespace traceo::render

#include "costreportpdf.moc"
