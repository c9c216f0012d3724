#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace traceo {

/// A value-type table: column headers and rows of raw values. Loaders build it off the GUI thread;
/// SnapshotTableModel shows it.
struct TableSnapshot
{
    QStringList headers;
    QList<QVariantList> rows;
};

} // namespace traceo
