#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace traceo {

/// What a pane shows when it has nothing to show: a title, what the pane needs, and buttons with
/// the actions that provide it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void setDescription(const QString& description);
    QString description() const;
    /// Adds an action button; the first one added is the default (primary) action.
    QPushButton* addAction(const QString& text);
    QList<QPushButton*> actions() const { return m_buttons; }

private:
    QLabel* m_title;
    QLabel* m_description;
    QVBoxLayout* m_buttonLayout;
    QList<QPushButton*> m_buttons;
};

} // namespace traceo
