#include "cli.h"

#include "commands.h"
#include "core/error.h"

#include <QLibraryInfo>

namespace traceo::cli {

namespace {

const QStringList kGlobalValueOptions { QStringLiteral("--db"), QStringLiteral("--lang") };

// The first three arguments that are neither options nor the values of global options: a group, a
// verb, and the second word of a two-word verb (`traceo slo check add`) or a positional argument.
QStringList commandWords(const QStringList& arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 3; ++i) {
        const QString& a = arguments[i];
        if (a == u"--")
            break;
        if (a.startsWith(u'-')) {
            if (kGlobalValueOptions.contains(a))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

QString overviewHelp()
{
    QString text = QCoreApplication::translate("traceo::cli",
        "Usage: traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]\n\n"
        "Traceo Console's headless front end: every number the console shows, from the command line.\n\n"
        "Commands:\n");
    for (const Command& c : allCommands()) {
        const QString name = c.verb.isEmpty() ? c.group : c.group + u' ' + c.verb;
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(22), c.summary);
    }
    text += QCoreApplication::translate("traceo::cli",
        "\nRun \"traceo GROUP VERB --help\" for the options of one command.\n"
        "Exit codes: 0 success, 1 failure, 2 usage error.\n");
    return text;
}

// `verbWords` is set to how many words the verb took: 0 (the group's verb-less command), 1 or 2.
const Command* findCommand(const QStringList& words, int* verbWords)
{
    const QString group = words.value(0);
    const QString verb = words.value(1);
    const QString twoWordVerb = words.size() > 2 ? verb + u' ' + words[2] : QString();
    const Command* oneWord = nullptr;
    const Command* groupDefault = nullptr;
    for (const Command& c : allCommands()) {
        if (c.group != group)
            continue;
        if (!twoWordVerb.isEmpty() && c.verb == twoWordVerb) {
            *verbWords = 2;
            return &c;
        }
        if (!verb.isEmpty() && c.verb == verb)
            oneWord = &c;
        if (c.verb.isEmpty())
            groupDefault = &c;
    }
    *verbWords = oneWord ? 1 : 0;
    return oneWord ? oneWord : groupDefault;
}

// True when `word` is the first word of a two-word verb of `group` (`check` of `slo check add`).
bool isVerbPrefix(const QString& group, const QString& word)
{
    return std::any_of(allCommands().begin(), allCommands().end(),
        [&](const Command& c) { return c.group == group && c.verb.startsWith(word + u' '); });
}

QString groupHelp(const QString& group)
{
    QString text = QCoreApplication::translate("traceo::cli", "Usage: traceo %1 VERB [options]\n\nVerbs:\n").arg(group);
    for (const Command& c : allCommands()) {
        if (c.group == group)
            text += QStringLiteral("  %1  %2\n").arg(c.verb.leftJustified(14), c.summary);
    }
    return text;
}

bool knownGroup(const QString& group)
{
    return std::any_of(allCommands().begin(), allCommands().end(), [&](const Command& c) { return c.group == group; });
}

} // namespace

DatabaseLocation Context::location() const
{
    return DatabaseLocation::fromOption(parser.value(QStringLiteral("db")));
}

std::shared_ptr<Database> Context::database(Database::Mode mode) const
{
    return Database::open(location(), mode);
}

QString Context::positional(qsizetype index, const QString& name) const
{
    const QStringList args = parser.positionalArguments().mid(commandWords);
    if (index >= args.size())
        throw UsageError(QCoreApplication::translate("traceo::cli", "Missing argument %1").arg(name));
    return args[index];
}

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto&& part : { dbCommands(), demoCommands(), sourceCommands(), policyCommands(), sloCommands(),
                 syntheticCommands(), costCommands(), openCostCommands(), costAnalysisCommands() })
            list.insert(list.end(), part.begin(), part.end());
        return list;
    }();
    return all;
}

bool needsGuiApplication(const QStringList& arguments)
{
    int verbWords = 0;
    const Command* command = findCommand(commandWords(arguments), &verbWords);
    return command && command->needsGui;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QStringList words = commandWords(arguments);
    // Only before a command: verbs may have a --version option of their own (traceo policy show).
    if (words.isEmpty()
        && (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v")))) {
        out << QStringLiteral("traceo %1 (Qt %2)").arg(QStringLiteral(TRACEO_VERSION), QString::fromLatin1(qVersion()))
            << Qt::endl;
        return ExitOk;
    }
    const bool wantsHelp = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (words.isEmpty()) {
        (wantsHelp ? out : err) << overviewHelp();
        return wantsHelp ? ExitOk : ExitUsage;
    }
    int verbWords = 0;
    const Command* command = findCommand(words, &verbWords);
    if (!command) {
        if (knownGroup(words[0])) {
            const bool prefix = words.size() > 1 && isVerbPrefix(words[0], words[1]);
            if (!wantsHelp && words.size() > (prefix ? 2 : 1))
                err << QCoreApplication::translate("traceo::cli", "traceo: unknown verb \"%1\" for \"%2\"")
                           .arg(words.mid(1, prefix ? 2 : 1).join(u' '), words[0])
                    << "\n\n";
            (wantsHelp ? out : err) << groupHelp(words[0]);
            return wantsHelp ? ExitOk : ExitUsage;
        }
        err << QCoreApplication::translate("traceo::cli", "traceo: unknown command \"%1\"").arg(words[0]) << "\n\n"
            << overviewHelp();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"),
        QCoreApplication::translate("traceo::cli", "The database: an SQLite file or a postgresql:// URL (default: %1).")
            .arg(DatabaseLocation::defaultLocation().path),
        QCoreApplication::translate("traceo::cli", "FILE|URL") });
    parser.addOption({ QStringLiteral("lang"),
        QCoreApplication::translate("traceo::cli", "The language of messages (e.g. ja, zh_CN)."),
        QCoreApplication::translate("traceo::cli", "LANG") });
    if (command->readVerb)
        parser.addOption({ QStringLiteral("format"),
            QCoreApplication::translate("traceo::cli", "Output format: table, json or csv."),
            QCoreApplication::translate("traceo::cli", "FORMAT"), QStringLiteral("table") });
    parser.addPositionalArgument(command->group, QString());
    if (verbWords > 0)
        parser.addPositionalArgument(command->verb, QString());
    if (command->addOptions)
        command->addOptions(parser);

    if (!parser.parse(arguments)) {
        err << QStringLiteral("traceo: ") << parser.errorText() << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    Format format = Format::Table;
    if (command->readVerb && !parseFormat(parser.value(QStringLiteral("format")), &format)) {
        err << QCoreApplication::translate("traceo::cli", "traceo: unknown format \"%1\": use table, json or csv")
                   .arg(parser.value(QStringLiteral("format")))
            << Qt::endl;
        return ExitUsage;
    }
    Context context(parser, out, err, format, 1 + verbWords);
    try {
        return command->run(context);
    } catch (const UsageError& e) {
        err << QStringLiteral("traceo: ") << e.message() << "\n\n" << parser.helpText();
        return ExitUsage;
    } catch (const Error& e) {
        err << QStringLiteral("traceo: ") << e.message() << Qt::endl;
        return ExitFailure;
    }
}

} // namespace traceo::cli
