import path from 'node:path';
import { parseArgs } from 'node:util';

export const HELP = `Tenantry benchmark: brings N empty tenant schemas to the latest of a five-migration set in
several ways, in one run, on the same machine, and compares them. See bench/README.md.

  npm run bench -- [--tenants N] [--workers W|W1,W2,...] [--concurrency C] [--alt-concurrency C2]
                   [--backup none|pg_dump] [--pg-bin-dir DIR] [--enqueue N] [--enqueue-repeat R] [--noop N] [--reconcile N] [--dbpt N1,N2]
                   [--scale N [--scale-databases M]] [--unstaged] [--pairs P] [--only a,b] [--json] [--cpu-prof DIR]
  npm run bench -- --traffic [--tenants N] [--app-connections 8] [--app-rate 200] [--baseline-s 20]
                   [--hold-ms 10000] [--hot-share 0.05] [--lock-timeout-ms MS] [--lock-budget-ms MS]
                   [--platform-config JSON] [--config JSON]

  --pairs 3          plain SQL and Tenantry timed 3 times each, in turns; the Tenantry ÷ plain
                     check takes the median of the 3 side-by-side ratios (a shared machine's
                     noise moves single runs by ±40%)
  --only floor       the one-round-trip floor (the DDL the rollout sends, one string per tenant)
                     and Tenantry's rollout, in turns, max(3, P) pairs: the median ratio
  --backup pg_dump   the same Tenantry rollout with and without pg_dump backups, side by side
  --noop 10000       a deploy of N tenants all at target (no job queued), beside the same
                     deploy with --recheck (0 skips it)
  --workers 1,2,4    Tenantry throughput per worker count, plus the enqueue, ledger and
                     reconciler figures at 10,000 tenants
  --only dbpt        database per tenant: one database per tenant on a server of the bench's own;
                     connections opened per tenant, peak connections on the server (--dbpt 500,2000)
  --scale 50000      a fleet of N tenants on one platform, and N/10 beside it: registering them,
                     the dry run, the enqueue, the rollout, status, versions, consistency, verify,
                     verify --invariants, the reconciler's pass, the ledger's size, every CLI's and
                     worker's peak RSS, and how each grows from N/10 to N; then the same with one
                     database per tenant at N/100 and N/10 (--scale-databases M: M/10 and M; 0 skips)
  --only onboard     one tenant created at latest from its version's template, against a replay
                     of its history: the examples' platforms and 200 generated migrations
  --traffic          what an application sees during a rollout: its reads and writes on the
                     tenants' tables at --app-rate operations/s over --app-connections, first alone
                     (--baseline-s), then during a rollout of the tenants (ADD COLUMN, CHECK NOT
                     VALID, CREATE INDEX CONCURRENTLY, VALIDATE) while one tenant's table is held
                     by an open transaction until --hold-ms after the rollout's first run;
                     --hot-share of the traffic goes to that tenant. --lock-timeout-ms is the
                     lock_timeout of the migrations' locks (platforms.X.lockRetry.lockTimeoutMs
                     where the config has lock retries, else platforms.X.lockTimeoutMs; default:
                     the config's default);
                     --platform-config and --config merge JSON into the platform's and the
                     top level of the config (other lock settings);
                     --lock-budget-ms is the longest an application query may wait behind a
                     migration (default: the lock_timeout the parsed config puts on migrations)

Every database, Redis key, temp dir and process it creates is removed at the end, also on
failure and on SIGINT/SIGTERM.
`;

export const MODE_NAMES = [
  'plain',
  'floor',
  'runner',
  'tenantry',
  'tenantry-alt',
  'backup',
  'release',
  'release-backup',
  'workers',
  'enqueue',
  'noop',
  'reconcile',
  'scale',
  'onboard',
  'dbpt',
] as const;
export type ModeName = (typeof MODE_NAMES)[number];

/** `--traffic`: the application's workload and the lock settings of the rollout under it. */
export interface TrafficOptions {
  appConnections: number;
  /** operations per second */
  appRate: number;
  baselineSeconds: number;
  holdMs: number;
  /** share of the operations that go to the held tenant */
  hotShare: number;
  /** the migrations' lock_timeout: platforms.X.lockRetry.lockTimeoutMs where the config has lock retries, else platforms.X.lockTimeoutMs (undefined: the config's default) */
  lockTimeoutMs: number | undefined;
  /** the longest an application query may wait behind a migration (undefined: the lock timeout the config puts on migrations) */
  lockBudgetMs: number | undefined;
  /** merged into the platform's config */
  platformConfig: Record<string, unknown>;
  /** merged into the top level of the config */
  config: Record<string, unknown>;
}

export interface BenchOptions {
  tenants: number;
  /** one worker count (every mode uses the first), or a list: the `workers` mode times one rollout per count */
  workerCounts: number[];
  workers: number;
  workerScaling: boolean;
  concurrency: number;
  /** 0 skips the second Tenantry figure */
  altConcurrency: number;
  /** 0 skips */
  enqueue: number;
  enqueueRepeat: number;
  /** tenants of the no-op deploy (0 skips) */
  noop: number;
  /** 0 skips */
  reconcile: number;
  /** tenant databases of the dbpt mode, one rollout per count */
  dbpt: number[];
  pairs: number;
  /** tenants per platform of the release modes */
  releaseTenants: number;
  backup: 'none' | 'pg_dump';
  /** backup.binDir for the pg_dump rollout (default: pg_dump from PATH) */
  pgBinDir: string | undefined;
  /** tenants of the scale mode's large fleet (0: no scale mode); the small one is a tenth */
  scale: number;
  /** the database-per-tenant fleet's large size (0 skips it) */
  scaleDatabases: number;
  unstaged: boolean;
  modes: ReadonlySet<ModeName>;
  json: boolean;
  cpuProfDir: string | undefined;
  /** set: `--traffic`, and nothing else runs */
  traffic: TrafficOptions | undefined;
}

/** Bad input: one line on stderr, exit 2, nothing created. */
export class BadOption extends Error {}

function integer(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new BadOption(`--${name} must be an integer >= ${min}`);
  return n;
}

function jsonObject(name: string, value: string | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new BadOption(`--${name} must be a JSON object`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BadOption(`--${name} must be a JSON object`);
  return parsed as Record<string, unknown>;
}

type TrafficValues = Record<'app-connections' | 'app-rate' | 'baseline-s' | 'hold-ms' | 'hot-share', string> &
  Partial<Record<'lock-timeout-ms' | 'lock-budget-ms' | 'platform-config' | 'config', string>>;

function trafficOptions(values: TrafficValues): TrafficOptions {
  const hotShare = Number(values['hot-share']);
  if (!(hotShare >= 0 && hotShare <= 1)) throw new BadOption('--hot-share must be a number from 0 to 1');
  const lockTimeoutMs = values['lock-timeout-ms'] === undefined ? undefined : integer('lock-timeout-ms', values['lock-timeout-ms'], 0);
  const platformConfig = jsonObject('platform-config', values['platform-config']);
  return {
    appConnections: integer('app-connections', values['app-connections']),
    appRate: integer('app-rate', values['app-rate']),
    baselineSeconds: integer('baseline-s', values['baseline-s']),
    holdMs: integer('hold-ms', values['hold-ms']),
    hotShare,
    lockTimeoutMs,
    lockBudgetMs: values['lock-budget-ms'] === undefined ? undefined : integer('lock-budget-ms', values['lock-budget-ms']),
    platformConfig,
    config: jsonObject('config', values.config),
  };
}

/** The command line, parsed and checked once; `undefined` when only the help was asked for. */
export function parseOptions(argv: readonly string[]): BenchOptions | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        tenants: { type: 'string', default: '1000' },
        workers: { type: 'string', default: '2' },
        concurrency: { type: 'string', default: '1' },
        'alt-concurrency': { type: 'string', default: '4' },
        enqueue: { type: 'string', default: '10000' },
        'enqueue-repeat': { type: 'string', default: '3' },
        noop: { type: 'string', default: '10000' },
        backup: { type: 'string', default: 'none' },
        'pg-bin-dir': { type: 'string' },
        reconcile: { type: 'string', default: '10000' },
        dbpt: { type: 'string', default: '500' },
        'release-tenants': { type: 'string', default: '200' },
        scale: { type: 'string', default: '0' },
        'scale-databases': { type: 'string' },
        pairs: { type: 'string', default: '1' },
        unstaged: { type: 'boolean', default: false },
        only: { type: 'string' },
        json: { type: 'boolean', default: false },
        'cpu-prof': { type: 'string' },
        traffic: { type: 'boolean', default: false },
        'app-connections': { type: 'string', default: '8' },
        'app-rate': { type: 'string', default: '200' },
        'baseline-s': { type: 'string', default: '20' },
        'hold-ms': { type: 'string', default: '10000' },
        'hot-share': { type: 'string', default: '0.05' },
        'lock-timeout-ms': { type: 'string' },
        'lock-budget-ms': { type: 'string' },
        'platform-config': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new BadOption((error as Error).message);
  }
  if (values.help) return undefined;
  const workerCounts = [...new Set(values.workers.split(',').map((w) => integer('workers', w.trim())))];
  const backup = values.backup;
  if (backup !== 'none' && backup !== 'pg_dump') throw new BadOption('--backup must be none or pg_dump');
  const workerScaling = workerCounts.length > 1;
  const scale = integer('scale', values.scale, 0);
  if (scale > 0 && scale < 100) throw new BadOption('--scale must be 0 or at least 100 (the small fleet is a tenth of it)');
  // --backup and a --workers list each ask a question of their own: by default they run only the
  // modes that answer it (both, when both are given); --only still picks any modes
  // --scale N asks a question of its own too: it runs the scale mode alone
  const defaults: ModeName[] = scale > 0
    ? ['scale']
    : backup === 'pg_dump' || workerScaling
      ? [...(backup === 'pg_dump' ? (['tenantry', 'backup', 'release', 'release-backup'] as const) : []), ...(workerScaling ? (['workers', 'enqueue', 'reconcile'] as const) : [])]
      : ['plain', 'runner', 'tenantry', 'tenantry-alt', 'enqueue', 'noop', 'reconcile'];
  const modes = new Set<ModeName>();
  for (const name of values.only === undefined ? defaults : values.only.split(',').map((s) => s.trim())) {
    if (!(MODE_NAMES as readonly string[]).includes(name)) throw new BadOption(`--only: unknown mode ${name} (modes: ${MODE_NAMES.join(', ')})`);
    modes.add(name as ModeName);
  }
  return Object.freeze({
    tenants: integer('tenants', values.tenants),
    workerCounts,
    workers: workerCounts[0]!,
    workerScaling,
    concurrency: integer('concurrency', values.concurrency),
    altConcurrency: integer('alt-concurrency', values['alt-concurrency'], 0),
    enqueue: integer('enqueue', values.enqueue, 0),
    enqueueRepeat: integer('enqueue-repeat', values['enqueue-repeat']),
    noop: integer('noop', values.noop, 0),
    reconcile: integer('reconcile', values.reconcile, 0),
    dbpt: [...new Set(values.dbpt.split(',').map((n) => integer('dbpt', n.trim())))],
    pairs: integer('pairs', values.pairs),
    releaseTenants: integer('release-tenants', values['release-tenants']),
    backup,
    pgBinDir: values['pg-bin-dir'] ? path.resolve(values['pg-bin-dir']) : undefined,
    scale,
    scaleDatabases: values['scale-databases'] === undefined ? Math.floor(scale / 10) : integer('scale-databases', values['scale-databases'], 0),
    unstaged: values.unstaged,
    modes,
    json: values.json,
    cpuProfDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    traffic: values.traffic ? trafficOptions(values) : undefined,
  });
}
