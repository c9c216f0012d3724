#pragma once

#include "tablesnapshot.h"

namespace traceo {

/// What one pane shows, loaded in one go off the GUI thread: a main table, optionally a detail table
/// and text per main row (master/detail), a one-line summary and the count that decides whether the
/// pane is empty.
struct PaneSnapshot
{
    TableSnapshot main;
    QList<TableSnapshot> details; ///< per main row, or empty
    QStringList detailTexts; ///< per main row, or empty
    QString summary;
    qint64 itemCount = 0;
    QString error; ///< set when loading failed; the message names the database
};

} // namespace traceo
