#pragma once

#include "cost/costreport.h"

#include <QCoreApplication>

namespace traceo::render {

/// Cost reports as PDF, with the content of the XHTML report: A4 portrait, the title, then the sections
/// of CostReport::sections() (tables with their header row repeated on each page, the charts drawn as
/// vector graphics), and "title – page n of N" at the foot of each page. No network, no external files.
class CostReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(traceo::render::CostReportPdf)
public:
    /// The PDF document. Fonts need a QGuiApplication (the offscreen platform will do): throws
    /// traceo::Error without one.
    static QByteArray render(const cost::CostReport& report);
};

} // namespace traceo::render
