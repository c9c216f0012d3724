#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace traceo::cedar {

/// The outcome of one Cedar integration-test file.
struct TestFileResult
{
    QString file;
    int passed = 0; ///< requests whose decision, reason and errors all matched
    int failed = 0;
    QStringList failures; ///< one readable line per failed request (or a load error)
};

/// Runs Cedar integration-test JSON files (format: /work/shared/data/cedar/README.md). Paths inside
/// a test are resolved against `dataRoot` (the folder that holds `tests/` and `sample-data/`); when
/// `dataRoot` is empty, the test file's folder and its parents are tried.
class TestRunner
{
public:
    explicit TestRunner(QString dataRoot = QString())
        : m_root(std::move(dataRoot))
    { }
    TestFileResult runFile(const QString& path) const;

private:
    QString resolve(const QString& testFile, const QString& relative) const;
    QString m_root;
};

} // namespace traceo::cedar
