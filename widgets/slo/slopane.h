#pragma once

#include "common/panebase.h"

namespace traceo {

/// SLO budgets: the SLOs, their objectives and how much SLI data backs them.
class SloPane : public PaneBase
{
    Q_OBJECT
public:
    SloPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
};

} // namespace traceo
