#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

namespace traceo::test {

/// The project's source folder, as CTest passes it.
inline QString sourceDir()
{
    return qEnvironmentVariable("TRACEO_SOURCE_DIR");
}

/// ../shared/data beside the checkout: the outside world's reference data.
inline QString sharedData(const QString& relative)
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA") + u'/' + relative;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace traceo::test
