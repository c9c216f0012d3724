// traceo policy save | versions | diff | rollback | show: the stored versions of policy sets.

#include "core/error.h"
#include "policy/policydiff.h"
#include "policy/policyrepository.h"
#include "policycli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace traceo::cli {

namespace {

using namespace policycli;

QString savedMessage(const PolicyVersion& v)
{
    return QCoreApplication::translate("traceo::cli::policy", "%1: saved version %2 (sha256 %3)")
        .arg(v.policySet)
        .arg(v.version)
        .arg(v.contentHash.left(12));
}

int save(Context& ctx)
{
    const QString set = requiredOption(ctx, "set");
    const QString file = requiredOption(ctx, "file");
    const QString author = requiredOption(ctx, "author");
    const QByteArray text = readFile(file);
    const PolicyVersion v
        = PolicyRepository(ctx.database())
              .saveVersion(set, QString::fromUtf8(text), author, ctx.parser.value(QStringLiteral("message")), file);
    ctx.out << savedMessage(v) << Qt::endl;
    return ExitOk;
}

int versions(Context& ctx)
{
    const PolicyRepository repo(ctx.database(Database::Mode::ReadOnly));
    const QString only = ctx.parser.value(QStringLiteral("set"));
    if (!only.isEmpty())
        repo.requireVersion(only); // names an unknown set
    Output o;
    o.columns = { QStringLiteral("set"), QStringLiteral("version"), QStringLiteral("author"), QStringLiteral("saved"),
        QStringLiteral("message"), QStringLiteral("sha256") };
    for (const QString& set : only.isEmpty() ? repo.policySets() : QStringList { only })
        for (const PolicyVersion& v : repo.versions(set))
            o.rows.append(
                { set, v.version, v.author, v.createdAt.toString(Qt::ISODateWithMs), v.message, v.contentHash });
    ctx.print(o);
    return ExitOk;
}

QString kindName(DiffLine::Kind kind)
{
    switch (kind) {
    case DiffLine::Kind::Added:
        return QStringLiteral("added");
    case DiffLine::Kind::Removed:
        return QStringLiteral("removed");
    case DiffLine::Kind::Context:
        break;
    }
    return QStringLiteral("context");
}

int versionArgument(const Context& ctx, qsizetype index, const QString& name)
{
    const QString text = ctx.positional(index, name);
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        throw UsageError(QCoreApplication::translate("traceo::cli::policy", "%1 expects a version number, not “%2”")
                             .arg(name, text));
    return n;
}

int diff(Context& ctx)
{
    const QString set = requiredOption(ctx, "set");
    const int fromNumber = versionArgument(ctx, 0, QStringLiteral("FROM"));
    const int toNumber = versionArgument(ctx, 1, QStringLiteral("TO"));
    const PolicyRepository repo(ctx.database(Database::Mode::ReadOnly));
    const PolicyVersion from = repo.requireVersion(set, fromNumber);
    const PolicyVersion to = repo.requireVersion(set, toNumber);
    if (ctx.format == Format::Table) {
        ctx.out << unifiedDiff(from.content, to.content, QStringLiteral("%1 version %2").arg(set).arg(fromNumber),
            QStringLiteral("%1 version %2").arg(set).arg(toNumber));
        ctx.out.flush();
        return ExitOk;
    }
    const QList<DiffHunk> hunks = diffHunks(diffLines(diffTextLines(from.content), diffTextLines(to.content)));
    Output o;
    o.columns = { QStringLiteral("hunk"), QStringLiteral("kind"), QStringLiteral("old_line"),
        QStringLiteral("new_line"), QStringLiteral("text") };
    QJsonArray jsonHunks;
    for (const DiffHunk& h : hunks) {
        QJsonArray lines;
        for (const DiffLine& l : h.lines) {
            o.rows.append({ h.header(), kindName(l.kind), l.oldLine, l.newLine, l.text });
            lines.append(
                QJsonObject { { QStringLiteral("kind"), kindName(l.kind) }, { QStringLiteral("old_line"), l.oldLine },
                    { QStringLiteral("new_line"), l.newLine }, { QStringLiteral("text"), l.text } });
        }
        jsonHunks.append(QJsonObject { { QStringLiteral("old_start"), h.oldStart },
            { QStringLiteral("old_count"), h.oldCount }, { QStringLiteral("new_start"), h.newStart },
            { QStringLiteral("new_count"), h.newCount }, { QStringLiteral("lines"), lines } });
    }
    o.json = QJsonObject { { QStringLiteral("set"), set }, { QStringLiteral("from"), fromNumber },
        { QStringLiteral("to"), toNumber }, { QStringLiteral("hunks"), jsonHunks } };
    ctx.print(o);
    return ExitOk;
}

int rollback(Context& ctx)
{
    const QString set = requiredOption(ctx, "set");
    const int to = versionOption(ctx, "to");
    if (to == 0)
        throw UsageError(
            QCoreApplication::translate("traceo::cli::policy", "--%1 is required").arg(QStringLiteral("to")));
    const PolicyVersion v = PolicyRepository(ctx.database()).rollback(set, to, requiredOption(ctx, "author"));
    ctx.out << savedMessage(v) << u' '
            << QCoreApplication::translate("traceo::cli::policy", "(the text of version %1)").arg(to) << Qt::endl;
    return ExitOk;
}

int show(Context& ctx)
{
    const PolicyVersion v = PolicyRepository(ctx.database(Database::Mode::ReadOnly))
                                .requireVersion(requiredOption(ctx, "set"), versionOption(ctx, "version"));
    if (ctx.format == Format::Table) {
        ctx.out << v.content;
        ctx.out.flush();
        return ExitOk;
    }
    Output o;
    o.columns = { QStringLiteral("set"), QStringLiteral("version"), QStringLiteral("author"), QStringLiteral("saved"),
        QStringLiteral("message"), QStringLiteral("sha256"), QStringLiteral("content") };
    o.rows.append({ v.policySet, v.version, v.author, v.createdAt.toString(Qt::ISODateWithMs), v.message, v.contentHash,
        v.content });
    o.json = o.toJson().toArray().first();
    ctx.print(o);
    return ExitOk;
}

void addAuthor(QCommandLineParser& p)
{
    p.addOption(
        { QStringLiteral("author"), QCoreApplication::translate("traceo::cli::policy", "Who saves the version."),
            QCoreApplication::translate("traceo::cli::policy", "NAME") });
}

} // namespace

std::vector<Command> policyVersionCommands()
{
    return {
        { QStringLiteral("policy"), QStringLiteral("save"),
            QCoreApplication::translate("traceo::cli::policy",
                "Save a Cedar file as the next version of a policy set (refused with its position if it does not "
                "parse)."),
            false,
            [](QCommandLineParser& p) {
                addSetOption(p);
                p.addOption({ QStringLiteral("file"),
                    QCoreApplication::translate("traceo::cli::policy", "The Cedar policy file."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                addAuthor(p);
                p.addOption({ QStringLiteral("message"),
                    QCoreApplication::translate("traceo::cli::policy", "What changed and why."),
                    QCoreApplication::translate("traceo::cli::policy", "TEXT") });
            },
            save },
        { QStringLiteral("policy"), QStringLiteral("versions"),
            QCoreApplication::translate("traceo::cli::policy", "List the saved versions of one policy set or of all."),
            true, [](QCommandLineParser& p) { addSetOption(p); }, versions },
        { QStringLiteral("policy"), QStringLiteral("diff"),
            QCoreApplication::translate("traceo::cli::policy",
                "Show what changed between two versions: traceo policy diff --set NAME FROM TO (table: a unified "
                "diff)."),
            true, [](QCommandLineParser& p) { addSetOption(p); }, diff },
        { QStringLiteral("policy"), QStringLiteral("rollback"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Save the text of an earlier version again, as a new version."),
            false,
            [](QCommandLineParser& p) {
                addSetOption(p);
                p.addOption({ QStringLiteral("to"),
                    QCoreApplication::translate("traceo::cli::policy", "The version to go back to."),
                    QCoreApplication::translate("traceo::cli::policy", "N") });
                addAuthor(p);
            },
            rollback },
        { QStringLiteral("policy"), QStringLiteral("show"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Print the text of a version (table: the Cedar text itself)."),
            true, [](QCommandLineParser& p) { addSetOption(p, true); }, show },
    };
}

} // namespace traceo::cli
