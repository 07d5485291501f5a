import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chainCompensations } from '../../packages/core/dist/ledger/compensations.js';
import {
  RUN_RECORD,
  RUN_RECORD_COLUMNS,
  toCreatedRun,
  type RunRecord,
} from '../../packages/core/dist/ledger/run-rows.js';
import {
  CLAIMABLE_RUNS,
  ENDED_ROLLOUTS,
  OPEN_RUNS,
  ROLLOUT,
  RUN,
  emptyRunCounts,
} from '../../packages/core/dist/ledger/statuses.js';
import { ROOT } from '../helpers/sandbox.js';

const CONTROL_MIGRATIONS = path.join(ROOT, 'packages/core/migrations');
const controlDdl = readdirSync(CONTROL_MIGRATIONS)
  .sort()
  .map((file) => readFileSync(path.join(CONTROL_MIGRATIONS, file), 'utf8'))
  .join('\n');

const snakeCase = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('the ledger: run rows and statuses', () => {
  it('maps each RunRecord field from its column, and selects each under its field name', () => {
    const fields = Object.keys(RUN_RECORD_COLUMNS);
    expect(fields).to.have.length(29);
    for (const [field, column] of Object.entries(RUN_RECORD_COLUMNS)) {
      expect(column, field).to.equal(snakeCase(field));
      // every column is one the control migrations create
      expect(controlDdl, column).to.match(new RegExp(`\\b${column}\\b`));
    }
    const selected = RUN_RECORD.split(', ');
    expect(selected).to.have.length(fields.length);
    expect(selected).to.include('r.rollout_id AS "rolloutId"');
    expect(selected).to.include('r.status');
    expect(selected.map((item) => /AS "(\w+)"$/.exec(item)?.[1] ?? item.slice(2))).to.deep.equal(fields);
  });

  it('hands a ledger run to the producer with the fields a job carries', () => {
    const run: RunRecord = {
      id: 'a',
      rolloutId: 'o',
      platform: 'billing',
      tenant: 'acme',
      direction: 'up',
      target: 'v2',
      method: 'migrations',
      backupStrategy: 'pg_dump',
      backupId: null,
      compensates: null,
      compensatedBy: null,
      afterRun: 'b',
      scope: 'tenant',
      sagaStep: 1,
      status: 'queued',
      attempt: 0,
      workerId: null,
      fromVersion: null,
      toVersion: null,
      noop: null,
      failedMigration: null,
      sqlstate: null,
      error: null,
      lockTimeouts: 0,
      lockWaitMs: 0,
      lockDeferrals: 0,
      queuedAt: new Date(0),
      startedAt: null,
      finishedAt: null,
    };
    expect(toCreatedRun(run)).to.deep.equal({
      id: 'a',
      platform: 'billing',
      tenant: 'acme',
      direction: 'up',
      target: 'v2',
      method: 'migrations',
      backup: 'pg_dump',
      backupId: null,
      compensates: null,
      scope: 'tenant',
      sagaStep: 1,
    });
  });

  it('writes statuses as the literals the CHECK constraints and partial indexes name', () => {
    expect(RUN.waiting).to.equal("'waiting'");
    expect(ROLLOUT.halted).to.equal("'halted'");
    expect(OPEN_RUNS).to.equal("'waiting', 'queued', 'running'");
    expect(CLAIMABLE_RUNS).to.equal("'queued', 'running'");
    expect(ENDED_ROLLOUTS).to.equal("'succeeded', 'failed', 'cancelled'");
    // a statement uses a partial index only when its predicate names the index's literals
    expect(controlDdl).to.include(`CREATE INDEX runs_open ON runs (rollout_id) WHERE status IN (${OPEN_RUNS})`);
    expect(controlDdl).to.include(`CHECK (status IN (${Object.values(RUN).join(', ')}))`);
    expect(controlDdl).to.include(`CHECK (status IN (${Object.values(ROLLOUT).join(', ')}))`);
    expect(emptyRunCounts()).to.deep.equal({
      waiting: 0,
      queued: 0,
      running: 0,
      succeeded: 0,
      failed: 0,
      cancelled: 0,
    });
  });

  it('chains compensations in the order given, the first waiting for nothing', () => {
    let n = 0;
    const plan = (compensates: string) => ({
      platform: 'p',
      tenant: 't',
      direction: 'down' as const,
      target: '0',
      compensates,
    });
    const chain = chainCompensations([plan('r3'), plan('r2'), plan('r1')], () => `c${++n}`);
    expect(chain.map((c) => [c.id, c.afterRun, c.compensates])).to.deep.equal([
      ['c1', null, 'r3'],
      ['c2', 'c1', 'r2'],
      ['c3', 'c2', 'r1'],
    ]);
    expect(chainCompensations([])).to.deep.equal([]);
  });
});
