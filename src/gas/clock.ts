/**
 * When this execution started: the bundle's code is loaded afresh for every execution, so this
 * is read at its start. Time budgets count from here (an execution is stopped after 6 minutes).
 */
export const EXECUTION_STARTED = Date.now();
