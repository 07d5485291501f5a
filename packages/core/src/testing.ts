/**
 * `@tenantry/core/testing`: hooks for tests that drive the run protocol to its named points (the
 * chaos suite). Not part of the package's API, and never needed in production.
 */
export { installRunHooks, type RunHooks } from './runs/run-hooks.js';
export { crashHooks, FAULT_POINTS, type FaultPoint } from './runs/fault-points.js';
