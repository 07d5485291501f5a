import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { CONTROL_MIGRATIONS_DIR } from '@tenantry/core/internal';
import { Sandbox } from '../helpers/sandbox.js';
import { adminQuery, databaseUrl } from '../helpers/services.js';

const COLUMNS_MIGRATION = '1732406400012_rollout-control-columns';

/** Runs the control migrations up (count: how many) or down, as an older or newer Tenantry would. */
async function migrateControl(sandbox: Sandbox, direction: 'up' | 'down', count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(sandbox.controlDb) });
  await client.connect();
  try {
    await runner({
      dbClient: client,
      dir: CONTROL_MIGRATIONS_DIR,
      schema: 'tenantry',
      createSchema: true,
      migrationsTable: 'pgmigrations',
      direction,
      count,
      singleTransaction: true,
      log: () => {},
    });
  } finally {
    await client.end();
  }
}

describe('rollout state in columns: a ledger written before keeps its rollouts', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('moves canary, --max-failures, canaryPassed, failureBaseline and compensateOnAbort out of the options, and back down', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    await adminQuery(`CREATE DATABASE ${pg.escapeIdentifier(sandbox.controlDb)}`);
    const before = readdirSync(CONTROL_MIGRATIONS_DIR).filter((f) => f < COLUMNS_MIGRATION).length;
    await migrateControl(sandbox, 'up', before);
    const staged = {
      platforms: ['accounts'],
      stages: { canary: 3, waveSize: 5, maxFailures: 2 },
      canaryPassed: true,
      failureBaseline: 4,
      compensateOnAbort: true,
    };
    const [old] = await sandbox.ledger<{ id: string }>(
      `INSERT INTO tenantry.rollouts (kind, target, status, options) VALUES ('migrate', 'v2', 'halted', $1) RETURNING id`,
      [staged],
    );
    const [plain] = await sandbox.ledger<{ id: string }>(
      `INSERT INTO tenantry.rollouts (kind, target, options) VALUES ('rollback', '0', $1) RETURNING id`,
      [{ platforms: [] }],
    );

    const init = await sandbox.cli(['init']);
    expect(init.code, init.stdout + init.stderr).to.equal(0);
    const read = () =>
      sandbox.ledger(
        `SELECT id, canary, max_failures, canary_passed, failure_baseline, compensate_on_abort, options FROM tenantry.rollouts ORDER BY kind`,
      );
    expect(await read()).to.deep.equal([
      {
        id: old!.id,
        canary: 3,
        max_failures: 2,
        canary_passed: true,
        failure_baseline: 4,
        compensate_on_abort: true,
        options: { platforms: ['accounts'], stages: staged.stages },
      },
      {
        id: plain!.id,
        canary: 0,
        max_failures: null,
        canary_passed: false,
        failure_baseline: 0,
        compensate_on_abort: false,
        options: { platforms: [] },
      },
    ]);

    // the upgraded rollout resumes: its baseline is counted afresh, in its column
    const resumed = await sandbox.cli(['rollout', 'resume', old!.id]);
    expect(resumed.code, resumed.stdout + resumed.stderr).to.equal(0);
    expect((await read())[0]).to.include({ failure_baseline: 0, canary_passed: true });

    // down through this migration (and any newer one)
    await migrateControl(
      sandbox,
      'down',
      readdirSync(CONTROL_MIGRATIONS_DIR).filter((f) => f >= COLUMNS_MIGRATION).length,
    );
    const [downgraded] = await sandbox.ledger(`SELECT options FROM tenantry.rollouts WHERE id = $1`, [old!.id]);
    expect(downgraded!.options).to.deep.equal({
      platforms: ['accounts'],
      stages: staged.stages,
      canaryPassed: true,
      compensateOnAbort: true,
    });
  });
});
