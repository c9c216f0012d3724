#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace traceo {

/// The progress of a running import, with a Cancel button. Hidden while nothing runs.
class CostImportBar : public QWidget
{
    Q_OBJECT
public:
    explicit CostImportBar(QWidget* parent = nullptr);

    void start(const QString& what);
    void setProgress(int value, int maximum, const QString& text);
    void finish();
    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_what;
    QProgressBar* m_bar;
    QLabel* m_stage;
    QPushButton* m_cancel;
};

} // namespace traceo
