/**
 * When this execution started: the bundle's code is loaded afresh for every execution, so this
 * is read at its start. Time budgets count from here (an execution is stopped after 6 minutes).
 */
export const EXECUTION_STARTED = Date.now();

/** Leave this much of the 6-minute execution for writing results and releasing the lock. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
