export { startDashboard } from './server.js';
export type { DashboardOptions, RunningDashboard } from './server.js';
export { isLoopbackHost } from './auth.js';
