#pragma once

#include "cli/cli.h"

#include <QStringList>
#include <QTextStream>

namespace traceo::test {

/// What one `traceo …` invocation returned and printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the CLI in-process, as `traceo ARGS…` would from a shell.
inline CliRun runTraceo(QStringList args)
{
    args.prepend(QStringLiteral("traceo"));
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace traceo::test
