#include "core/error.h"
#include "promqlquery.h"

namespace traceo::slo::promql {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::slo::promql::Parser)
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}
bool isIdentChar(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

/// A recursive-descent reader over the query text; every method skips leading white space.
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    EventsQuery query()
    {
        EventsQuery q;
        aggregation(q);
        space();
        if (m_pos < m_text.size())
            fail(Tr::tr("unexpected text"));
        return q;
    }

private:
    [[noreturn]] void fail(const QString& problem) const
    {
        throw Error(Tr::tr("column %1: %2").arg(m_pos + 1).arg(problem));
    }
    void space()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool accept(QStringView token)
    {
        space();
        if (!QStringView(m_text).sliced(m_pos).startsWith(token))
            return false;
        m_pos += token.size();
        return true;
    }
    void expect(QStringView token)
    {
        if (!accept(token))
            fail(Tr::tr("expected “%1”").arg(token.toString()));
    }
    QString peekIdent()
    {
        space();
        qsizetype end = m_pos;
        if (end < m_text.size() && isIdentStart(m_text[end]))
            while (end < m_text.size() && isIdentChar(m_text[end]))
                ++end;
        return m_text.mid(m_pos, end - m_pos);
    }
    QString ident(const QString& what)
    {
        const QString id = peekIdent();
        if (id.isEmpty())
            fail(Tr::tr("expected %1").arg(what));
        m_pos += id.size();
        return id;
    }

    void aggregation(EventsQuery& q)
    {
        if (accept(u"(")) {
            aggregation(q);
            expect(u")");
            return;
        }
        if (peekIdent() != QLatin1String("sum")) {
            call(q);
            return;
        }
        m_pos += 3;
        q.grouping = EventsQuery::Grouping::Sum;
        grouping(q);
        expect(u"(");
        callInParens(q);
        expect(u")");
        grouping(q);
    }

    void grouping(EventsQuery& q)
    {
        const QString kw = peekIdent();
        if (kw != QLatin1String("by") && kw != QLatin1String("without"))
            return;
        if (q.grouping != EventsQuery::Grouping::Sum)
            fail(Tr::tr("a second grouping clause"));
        m_pos += kw.size();
        q.grouping = kw == QLatin1String("by") ? EventsQuery::Grouping::SumBy : EventsQuery::Grouping::SumWithout;
        expect(u"(");
        while (!accept(u")")) {
            q.groupLabels << ident(Tr::tr("a label name"));
            if (!accept(u",")) {
                expect(u")");
                break;
            }
        }
    }

    void callInParens(EventsQuery& q)
    {
        if (accept(u"(")) {
            callInParens(q);
            expect(u")");
        } else {
            call(q);
        }
    }

    void call(EventsQuery& q)
    {
        const QString f = peekIdent();
        if (f == QLatin1String("rate"))
            q.function = EventsQuery::Function::Rate;
        else if (f == QLatin1String("increase"))
            q.function = EventsQuery::Function::Increase;
        else
            fail(Tr::tr("expected sum(…), rate(…) or increase(…); only Sloth's events form is evaluated locally"));
        m_pos += f.size();
        expect(u"(");
        selector(q);
        expect(u")");
    }

    void selector(EventsQuery& q)
    {
        const qsizetype start = m_pos;
        if (!peekIdent().isEmpty())
            q.metric = ident(Tr::tr("a metric name"));
        if (accept(u"{")) {
            while (!accept(u"}")) {
                LabelMatcher m;
                m.name = ident(Tr::tr("a label name"));
                if (accept(u"=~"))
                    m.op = LabelMatcher::Op::Regex;
                else if (accept(u"!~"))
                    m.op = LabelMatcher::Op::NotRegex;
                else if (accept(u"!="))
                    m.op = LabelMatcher::Op::NotEqual;
                else
                    expect(u"=");
                m.value = string();
                if (m.op == LabelMatcher::Op::Regex || m.op == LabelMatcher::Op::NotRegex) {
                    m.regex.setPattern(QRegularExpression::anchoredPattern(m.value));
                    if (!m.regex.isValid())
                        fail(Tr::tr("invalid regular expression: %1").arg(m.regex.errorString()));
                }
                if (m.name == QLatin1String("__name__") && m.op == LabelMatcher::Op::Equal && q.metric.isEmpty())
                    q.metric = m.value;
                else
                    q.matchers.push_back(std::move(m));
                if (!accept(u",")) {
                    expect(u"}");
                    break;
                }
            }
        }
        if (q.metric.isEmpty()) {
            m_pos = start;
            fail(Tr::tr("expected a metric name"));
        }
        expect(u"[");
        space();
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end].isLetterOrNumber())
            ++end;
        q.rangeMs = parseDurationMs(QStringView(m_text).sliced(m_pos, end - m_pos));
        if (q.rangeMs <= 0)
            fail(Tr::tr("expected a range duration such as 5m"));
        m_pos = end;
        expect(u"]");
    }

    QString string()
    {
        space();
        const QChar quote = m_pos < m_text.size() ? m_text[m_pos] : QChar();
        if (quote != u'"' && quote != u'\'' && quote != u'`')
            fail(Tr::tr("expected a quoted string"));
        QString out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text[m_pos];
            if (c == quote) {
                ++m_pos;
                return out;
            }
            if (c != u'\\' || quote == u'`') {
                out += c;
                continue;
            }
            if (++m_pos >= m_text.size())
                break;
            static const QString from = QStringLiteral("abfnrtv\\'\"");
            static const QString to = QStringLiteral("\a\b\f\n\r\t\v\\'\"");
            const qsizetype k = from.indexOf(m_text[m_pos]);
            if (k < 0)
                fail(Tr::tr("unsupported escape sequence"));
            out += to[k];
        }
        fail(Tr::tr("unterminated string"));
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool LabelMatcher::matches(const QString& labelValue) const
{
    switch (op) {
    case Op::Equal:
        return labelValue == value;
    case Op::NotEqual:
        return labelValue != value;
    case Op::Regex:
        return regex.match(labelValue).hasMatch();
    case Op::NotRegex:
        return !regex.match(labelValue).hasMatch();
    }
    return false;
}

qint64 parseDurationMs(QStringView text)
{
    static const struct
    {
        const char16_t* unit;
        qint64 ms;
    } units[] = { { u"ms", 1 }, { u"s", 1000 }, { u"m", 60'000 }, { u"h", 3'600'000 }, { u"d", 86'400'000 },
        { u"w", 604'800'000 }, { u"y", 31'536'000'000 } };
    qint64 total = 0;
    qsizetype i = 0;
    int lastUnit = -1;
    while (i < text.size()) {
        qint64 n = 0;
        const qsizetype digits = i;
        while (i < text.size() && text[i].isDigit() && n < 1'000'000'000)
            n = n * 10 + text[i++].digitValue();
        if (i == digits)
            return -1;
        int unit = -1;
        // Longest unit first so that "ms" is not read as "m".
        for (int u = 0; u < int(std::size(units)); ++u)
            if (text.sliced(i).startsWith(QStringView(units[u].unit))
                && (unit < 0 || QStringView(units[u].unit).size() > QStringView(units[unit].unit).size()))
                unit = u;
        // Units go from the largest to the smallest, each at most once (Prometheus's rule).
        const auto rank = [&](int u) { return u == 0 ? -1 : u; };
        if (unit < 0 || (lastUnit >= 0 && rank(unit) >= rank(lastUnit)))
            return -1;
        total += n * units[unit].ms;
        i += QStringView(units[unit].unit).size();
        lastUnit = unit;
    }
    return i == 0 ? -1 : total;
}

EventsQuery parseEventsQuery(const QString& text)
{
    return Parser(text).query();
}

} // namespace traceo::slo::promql
