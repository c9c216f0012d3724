#include "textcheckfeed.h"

#include "onresult.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

TextCheckFeed::TextCheckFeed(TextChecker checker, QObject* parent)
    : QObject(parent)
    , m_checker(std::move(checker))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TextCheckFeed::start);
}

void TextCheckFeed::setText(const QString& text)
{
    // Editors also signal changes of formats only (a highlighter's colours): nothing to check again.
    if (!m_pending && text == m_text)
        return;
    m_text = text;
    ++m_generation; // a check still running describes an older text
    setPending(true);
    m_debounce.start();
}

void TextCheckFeed::checkNow(const QString& text)
{
    m_text = text;
    m_debounce.stop();
    start();
}

void TextCheckFeed::start()
{
    const quint64 generation = ++m_generation;
    setPending(true);
    onResult(this, QtConcurrent::run([checker = m_checker, text = m_text] { return checker(text); }),
        [this, generation](TextCheckResult result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation != m_generation)
                return;
            m_result = std::move(result);
            setPending(false);
            Q_EMIT checked();
        });
}

void TextCheckFeed::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT checkingChanged(pending);
}

} // namespace traceo
