import type { TenantryConfig, TenantryPlatform } from '../config/tenantry-config.js';
import { getPlatform } from '../config/tenantry-config.js';
import { errorMessage } from '../errors.js';
import { parsePlatformId, tenantSchemaName, type TenantId } from '../ids.js';
import type { ControlDb } from '../ledger/control-db.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { Queryable } from '../verification/fingerprint.js';
import { scanMigrationDir, type ScannedSet } from './file-scan.js';
import { checkAgainstLedger, readAppliedMigrations } from './ledger-checks.js';
import { PGliteClient } from './pglite-client.js';
import { problemsFor, type ProblemSink, type SetRef, type ValidationProblem } from './problems.js';
import { checkReadiness, type CheckStatus, type ReadinessCheck } from './readiness.js';
import { resetScratch } from './round-trip.js';
import { createScratchDatabase } from './scratch-database.js';
import { finishSet, prepareSet, type PreparedSet, type SetReport } from './validate-set.js';

export interface ValidateOptions {
  /** only these platforms (all when empty) */
  platforms?: readonly string[];
  /** round trips in a throwaway database on this server instead of PGlite */
  databaseUrl?: string;
  /** lint findings and readiness failures become errors */
  strict?: boolean;
  /** the ledger, for checksums and readiness; without it both are skipped */
  control?: ControlDb;
  pingQueue?: () => Promise<void>;
  logger?: Logger;
}

export interface ValidationReport {
  ok: boolean;
  strict: boolean;
  /** where round trips ran */
  engine: 'pglite' | 'postgres';
  sets: SetReport[];
  problems: ValidationProblem[];
  checksums: { status: CheckStatus; detail: string };
  readiness: ReadinessCheck[];
  counts: { errors: number; warnings: number };
  exitCode: 0 | 1;
}

/** The schema a tenant set's round trip runs in: the platform's template with a made-up tenant. */
const VALIDATION_TENANT = 'tenantry_validate' as TenantId;

interface PlannedSet {
  platform: Readonly<TenantryPlatform>;
  ref: SetRef;
  scanned: ScannedSet;
  problems: ProblemSink;
}

function planSets(config: TenantryConfig, platforms: readonly string[], strict: boolean): PlannedSet[] {
  const ids =
    platforms.length > 0 ? platforms.map((p) => getPlatform(config, parsePlatformId(p)).id) : config.platformOrder;
  const planned: PlannedSet[] = [];
  for (const id of config.platformOrder.filter((p) => ids.includes(p))) {
    const platform = config.platforms[id]!;
    const dirs: Array<[SetRef['kind'], string | undefined]> = [
      ['shared', platform.sharedMigrationsDir],
      ['tenant', platform.tenantMigrationsDir],
    ];
    for (const [kind, dir] of dirs) {
      if (!dir) continue;
      const ref: SetRef = { platform: id, kind, dir };
      const problems = problemsFor(ref);
      // a directory that does not exist throws ConfigError here, before any work starts
      planned.push({ platform, ref, problems, scanned: scanMigrationDir(dir, problems, strict) });
    }
  }
  return planned;
}

async function startEngine(
  options: ValidateOptions,
  log: Logger,
): Promise<{ client: Queryable; name: string; stop: () => Promise<void> }> {
  if (options.databaseUrl) {
    const scratch = await createScratchDatabase(options.databaseUrl);
    log.info({ database: scratch.name }, 'round trips run in a throwaway database');
    return {
      client: scratch.client,
      name: `PostgreSQL (throwaway database ${scratch.name})`,
      stop: () => scratch.drop(),
    };
  }
  log.info({}, 'starting PGlite for the round trips');
  const pglite = await PGliteClient.start();
  return { client: pglite, name: 'PGlite', stop: () => pglite.end().catch(() => {}) };
}

async function ledgerChecks(
  options: ValidateOptions,
  planned: readonly PlannedSet[],
): Promise<{ status: CheckStatus; detail: string; ready: boolean }> {
  if (!options.control) return { status: 'skip', detail: 'no control database given', ready: false };
  try {
    await options.control.assertReady();
  } catch (error) {
    return { status: 'skip', detail: `not checked: ${errorMessage(error)}`, ready: false };
  }
  const applied = await readAppliedMigrations(options.control, [...new Set(planned.map((p) => p.ref.platform))]);
  let found = 0;
  for (const set of planned) {
    const before = set.problems.list.length;
    // shared histories against the shared folder, tenant histories against the tenant folder
    checkAgainstLedger(
      set.scanned,
      applied.filter((a) => a.platform === set.ref.platform && a.scope === set.ref.kind),
      set.problems,
    );
    found += set.problems.list.length - before;
  }
  const compared = applied.reduce((n, a) => n + a.tenants, 0);
  const failed = found > 0;
  const detail = `${compared} applied migration(s) on record compared with the files${failed ? `: ${found} problem(s) (TNT3xx above)` : ''}`;
  return { status: failed ? 'fail' : 'pass', detail, ready: true };
}

/**
 * `tenantry validate`: every migration set of the selected platforms (shared, then tenant) is
 * checked for names and order, loading, up/down, lint, a round trip on a real PostgreSQL, and,
 * when the ledger is there, drift against what runs applied; then the readiness of the system.
 * Everything is reported at once. Bad input (an unknown platform, a directory that does not
 * exist, a --database-url that cannot be reached) throws, exit 2, before anything runs.
 */
export async function validateMigrations(
  config: TenantryConfig,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const log = options.logger ?? silentLogger;
  const strict = options.strict === true;
  const planned = planSets(config, options.platforms ?? [], strict);
  const prepared: PreparedSet[] = [];
  for (const set of planned) prepared.push(await prepareSet(set.scanned, set.problems, set.platform.buildTimeoutMs));
  // a --database-url is checked even when no set can round-trip: it was asked for
  const needsEngine = options.databaseUrl !== undefined || prepared.some((p) => p.roundTrippable);
  const engine = needsEngine ? await startEngine(options, log) : undefined;
  const sets: SetReport[] = [];
  try {
    let lastPlatform: string | undefined;
    for (const [i, set] of planned.entries()) {
      const { platform, ref } = set;
      const schema =
        ref.kind === 'shared' ? platform.sharedSchema : tenantSchemaName(platform.tenantSchema, VALIDATION_TENANT);
      // each platform starts from an empty database; a tenant set sharing the shared set's schema too
      if (engine && (ref.platform !== lastPlatform || schema === platform.sharedSchema))
        await resetScratch(engine.client);
      lastPlatform = ref.platform;
      log.info({ platform: ref.platform, kind: ref.kind }, 'validating migration set');
      sets.push(
        await finishSet({ ...set, engine, schema, migrationsTable: platform.migrationsTable, strict }, prepared[i]!),
      );
    }
  } finally {
    await engine?.stop();
  }

  const ledger = await ledgerChecks(options, planned);
  const readiness = options.control
    ? await checkReadiness(config, {
        control: options.control,
        controlState: ledger.ready
          ? { ready: true }
          : { ready: false, reason: ledger.detail.replace(/^not checked: /, '') },
        ...(options.pingQueue ? { pingQueue: options.pingQueue } : {}),
      })
    : [];

  // each set's problems in file order, problems about the whole set last
  const problems = planned.flatMap((p) => {
    const order = new Map(p.scanned.files.map((f, i) => [f.file, i]));
    const at = (q: ValidationProblem) => (q.file === undefined ? Number.MAX_SAFE_INTEGER : (order.get(q.file) ?? -1));
    return p.problems.list
      .map((q, i) => ({ q, i }))
      .sort((a, b) => at(a.q) - at(b.q) || a.i - b.i)
      .map(({ q }) => q);
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const readinessFailed = readiness.some((r) => r.status === 'fail');
  const ok = errors === 0 && !(strict && readinessFailed);
  return {
    ok,
    strict,
    engine: options.databaseUrl ? 'postgres' : 'pglite',
    sets,
    problems,
    checksums: { status: ledger.status, detail: ledger.detail },
    readiness,
    counts: { errors, warnings },
    exitCode: ok ? 0 : 1,
  };
}
