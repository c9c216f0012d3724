#pragma once

#include "common/panebase.h"

namespace traceo {

/// The query cache: how many answers each tier keeps for offline use.
class CachePane : public PaneBase
{
    Q_OBJECT
public:
    CachePane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
};

} // namespace traceo
