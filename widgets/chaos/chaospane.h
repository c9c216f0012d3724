#pragma once

#include "common/panebase.h"

namespace traceo {

/// Chaos: the fault-injection experiments and the SLOs that guard them.
class ChaosPane : public PaneBase
{
    Q_OBJECT
public:
    ChaosPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
};

} // namespace traceo
