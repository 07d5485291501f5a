import type { GovernorConfig } from '../config/schema.js';
import type { Strain } from './signals.js';

/**
 * A server's next budget from its current one and what its last sample found (additive increase,
 * multiplicative decrease, as TCP paces a link): any signal over its threshold multiplies the
 * budget by `decreaseFactor` at each sample, so a strained server sheds its runs within a few
 * seconds; a healthy sample adds `increaseStep`, so the budget comes back slowly and a signal that
 * returns as load rises cuts it again before the server is hurt. Always within [minBudget,
 * maxBudget]: a strained server still moves, one run at a time by default.
 */
export function nextBudget(current: number, strains: readonly Strain[], config: GovernorConfig): number {
  const next = strains.length > 0 ? Math.floor(current * config.decreaseFactor) : current + config.increaseStep;
  return Math.min(config.maxBudget, Math.max(config.minBudget, next));
}
