/**
 * What the other rooms may ask of results: after intake changed the counts, Dasbor's values
 * follow (one write), or the whole dashboard is redrawn. Nothing else of results is imported from
 * outside it.
 */
export { fullRefresh, refreshDashboardValues } from "./dashboard";
export { refreshAll } from "./dashboardMenu";
