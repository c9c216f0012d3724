#pragma once

#include "textcheck.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QTreeWidget;

namespace traceo {

class CodeEditor;
class PolicyHighlighterBackend;
class TextCheckFeed;

/// An editor whose text is checked as the user types (off the GUI thread, see TextCheckFeed): the
/// problems are underlined in the text and listed below it; activating one jumps to it.
class CheckedEditor : public QWidget
{
    Q_OBJECT
public:
    CheckedEditor(TextCheckFeed* feed, QWidget* parent = nullptr);

    CodeEditor* editor() const { return m_editor; }
    QTreeWidget* problemList() const { return m_problems; }
    TextCheckFeed* feed() const { return m_feed; }
    /// Where buttons for this text (open, save) go, right of the problem count.
    QHBoxLayout* toolbar() const { return m_toolbar; }

    /// Replaces the text (marking it unmodified) and checks it at once.
    void setText(const QString& text);
    QString text() const;

Q_SIGNALS:
    void checked();

private:
    void showResult();

    TextCheckFeed* m_feed;
    CodeEditor* m_editor;
    QLabel* m_status;
    QTreeWidget* m_problems;
    QHBoxLayout* m_toolbar;
    bool m_replacing = false;
};

} // namespace traceo
