#pragma once

namespace traceo::slotable {

/// The columns of the SLO pane's table (paneloaders::slos builds it, SloTableProxy formats it). Raw
/// values: ratios for the objective and the budget, burn rates as multiples of the budget rate (null
/// without traffic), the alert as an AlertRank, the time to exhaustion in minutes (+inf when nothing
/// burns), and the SLO's id.
enum Column
{
    Service,
    Slo,
    Objective,
    BudgetRemaining,
    Burn1h,
    Burn6h,
    Burn1d,
    Burn3d,
    Alert,
    Exhaustion,
    Id,
    ColumnCount
};

/// How loud an SLO's alerts are: higher is worse.
enum AlertRank
{
    NoAlert = 0,
    TicketAlert = 1,
    PageAlert = 2
};

} // namespace traceo::slotable
