import type { Command } from 'commander';
import { parseLabelFilter, type LabelFilter } from '@tenantry/core';

/** The options of every command that selects tenants by their labels. */
export interface SelectorOptions {
  where?: string;
  exclude?: string;
}

export function selectorOptions(command: Command): Command {
  return command
    .option(
      '--where <selector>',
      "only tenants whose labels match (e.g. 'tier=enterprise,region in (eu,uk),internal,!suspended')",
    )
    .option('--exclude <selector>', 'minus tenants whose labels match');
}

/** The options as the request fields of the packages (absent when not given). */
export function selectorRequest(options: SelectorOptions): SelectorOptions {
  return {
    ...(options.where !== undefined ? { where: options.where } : {}),
    ...(options.exclude !== undefined ? { exclude: options.exclude } : {}),
  };
}

/** Parsed before anything else is read: a bad selector is exit 2 with nothing done. */
export function labelFilterOf(options: SelectorOptions): LabelFilter {
  return parseLabelFilter(options);
}
