export { startDashboard } from './server.js';
export type { DashboardOptions, RunningDashboard } from './server.js';
export { isLoopbackHost } from './auth.js';
export { RolloutViews } from './read-model/rollouts.js';
export type { RolloutView } from './read-model/rollouts.js';
