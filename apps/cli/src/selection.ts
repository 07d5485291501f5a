import type { Command } from 'commander';
import { InvalidInput, parseLabelFilter, type LabelFilter, type TenantryConfig } from '@tenantry/core';

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

/** Whether a view shows servers: some platform has several, or the command was asked for some. */
export function showsServers(config: TenantryConfig, asked: readonly string[] = []): boolean {
  return asked.length > 0 || config.platformOrder.some((p) => config.platforms[p]!.serverOrder.length > 1);
}

/**
 * `--server ID` (repeatable): the servers of the selected platforms (all when none) it names,
 * checked against the config (exit 2 for a server no selected platform has).
 */
export function serversOf(config: TenantryConfig, platforms: readonly string[], servers: readonly string[]): string[] {
  const among = platforms.length > 0 ? platforms : config.platformOrder;
  for (const server of servers) {
    if (!among.some((p) => Object.hasOwn(config.platforms[p]!.servers, server))) {
      const known = [...new Set(among.flatMap((p) => config.platforms[p]!.serverOrder))];
      throw new InvalidInput(`unknown server ${JSON.stringify(server)} (servers: ${known.join(', ')})`);
    }
  }
  return [...new Set(servers)];
}
