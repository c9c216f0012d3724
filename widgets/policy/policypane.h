#pragma once

#include "common/panebase.h"

class QPlainTextEdit;
class QTableView;

namespace traceo {

/// Policies: the policy sets, the versions of the selected set, and its latest text (read-only).
class PolicyPane : public PaneBase
{
    Q_OBJECT
public:
    PolicyPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;

    QPlainTextEdit* textView() const { return m_text; }

private:
    void selectFirstSet();

    QTableView* m_sets;
    QTableView* m_versions;
    QPlainTextEdit* m_text;
};

} // namespace traceo
