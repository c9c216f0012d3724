#pragma once

#include "output.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>
#include <memory>

namespace traceo::cli {

/// A usage mistake (unknown verb, bad option value): printed with a hint, exit code 2.
class UsageError : public std::exception
{
public:
    explicit UsageError(QString message)
        : m_message(std::move(message))
    { }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

/// What a running verb sees: its parsed arguments, the output streams and the database.
class Context
{
public:
    Context(QCommandLineParser& parser, QTextStream& out, QTextStream& err, Format format, int commandWords)
        : parser(parser)
        , out(out)
        , err(err)
        , format(format)
        , commandWords(commandWords)
    { }
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    Format format;
    int commandWords; ///< 1 for `traceo demo`, 2 for `traceo db info`, 3 for `traceo slo check add`

    /// The location named by --db, or the default one. Throws traceo::Error on a malformed URL.
    DatabaseLocation location() const;
    /// The database at location(). Throws traceo::Error.
    std::shared_ptr<Database> database(Database::Mode mode = Database::Mode::ReadWrite) const;
    /// Positional argument `index` after the command words, or a UsageError naming `name` when it is missing.
    QString positional(qsizetype index, const QString& name) const;
    void print(const Output& output) const { cli::print(out, output, format); }
};

/// One verb of the CLI: `traceo GROUP VERB [options]` (a group may have one verb-less command,
/// like `traceo demo`, and a verb may be two words, like `check add`). Read verbs get --format table|json|csv.
struct Command
{
    QString group;
    QString verb;
    QString summary;
    bool readVerb = false;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(Context&)> run;
    /// The verb lays text out with fonts (PDF): `traceo` then runs a QGuiApplication (see needsGuiApplication).
    bool needsGui = false;
};

/// Parses the arguments, dispatches to a command and maps errors to exit codes: 0 ok, 1 failure
/// (traceo::Error, printed on `err`), 2 usage error.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// True when the arguments name a command that needs a QGuiApplication (Command::needsGui). The
/// application object must exist before runCli(), so main() asks this first.
bool needsGuiApplication(const QStringList& arguments);

/// Every command, grouped by domain; each domain registers its own in `<domain>commands.cpp`.
const std::vector<Command>& allCommands();

} // namespace traceo::cli
