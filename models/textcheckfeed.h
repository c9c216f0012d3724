#pragma once

#include "textcheck.h"

#include <QObject>
#include <QTimer>

namespace traceo {

/// Checks an editor's text while the user types: a short debounce after the last change, then the
/// checker runs on a worker thread with a copy of the text. A generation counter drops results of
/// texts that were changed again before their check finished, so `checked` always describes the
/// latest text.
class TextCheckFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 250;

    explicit TextCheckFeed(TextChecker checker, QObject* parent = nullptr);

    /// The text changed: checks it once typing pauses.
    void setText(const QString& text);
    /// Checks `text` without waiting for a pause.
    void checkNow(const QString& text);

    const TextCheckResult& result() const { return m_result; }
    bool isChecking() const { return m_pending; }

Q_SIGNALS:
    void checked();
    void checkingChanged(bool checking);

private:
    void start();
    void setPending(bool pending);

    TextChecker m_checker;
    QTimer m_debounce;
    QString m_text;
    TextCheckResult m_result;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace traceo
