#pragma once

#include "common/panebase.h"

namespace traceo {

/// Costs: the imported billing periods.
class CostPane : public PaneBase
{
    Q_OBJECT
public:
    CostPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
};

} // namespace traceo
