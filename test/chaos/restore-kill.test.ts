import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Sandbox, eventually, ok } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { assertInvariants, invariantViolations } from './invariants.js';
import { enqueue, finished, report, started, worker, workerLogs } from './harness.js';

/**
 * A worker killed while `rollback --from-backup` restores a tenant with real data: pg_restore is
 * caught in its COPY and the worker SIGKILLed (with its pg_restore, or the node process alone).
 * The checker sees the tenant's live schema left aside; a new worker's retry puts it back and
 * restores again: the tenant whole, no aside schema, the run recorded from where it began.
 */
const NICKNAME = '1720000000002_add-nickname';
const DROP_EMAIL = '1720000000003_drop-email';
/** enough rows that pg_restore spends a second or so in its COPY (measured: see report lines) */
const ROWS = 300_000;

async function restoringSession(sandbox: Sandbox): Promise<{ pid: number }> {
  return eventually(
    async () => {
      const rows = await sandbox.platform<{ pid: number }>(
        'app',
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'tenantry restore %' AND query ILIKE 'COPY %' AND state = 'active'`,
      );
      return rows[0];
    },
    60_000,
    10,
  );
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}

for (const victim of ['the worker and its pg_restore', 'the node process alone'] as const) {
  describe(`chaos: ${victim} SIGKILLed during a restore`, function () {
    this.timeout(240_000);
    let sandbox: Sandbox;
    afterEach(async function () {
      for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
      await sandbox.destroy();
    });

    it('leaves the tenant restorable: the checker reports the aside schema, the retry puts it back and restores, every invariant holds', async () => {
      sandbox = new Sandbox({ platforms: { app: { migrations: 'destructive' } } });
      sandbox.writeConfig({
        ...(JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>),
        backup: { strategy: 'none', dir: path.join(sandbox.dir, 'backups'), keep: 3, batchSize: 50 },
      });
      await ok(sandbox, ['init']);
      await ok(sandbox, ['tenants', 'add', 'app', 'acme', 'globex']);
      const first = worker(sandbox, { concurrency: 2 });
      await started(first);
      await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
      await sandbox.platform(
        'app',
        `INSERT INTO tenant_acme.people (name, email) SELECT 'person number ' || g, md5(g::text) || '@acme.example' FROM generate_series(1, ${ROWS}) g`,
      );
      await ok(sandbox, ['migrate', '--to', DROP_EMAIL, '--backup', 'pg_dump', '--wait']);
      // written after the backup: gone once the restore is done, but never lost half-way
      await sandbox.platform('app', `INSERT INTO tenant_acme.people (name) VALUES ('after the backup')`);

      const rollout = await enqueue(sandbox, ['rollback', '--to', NICKNAME, '--tenant', 'acme', '--from-backup']);
      const copying = Date.now();
      await restoringSession(sandbox);
      const victims = victim === 'the node process alone' ? [first.pid!] : [first.pid!, ...childrenOf(first.pid!)];
      expect(victims.length, 'a pg_restore child of the worker').to.be.greaterThan(
        victim === 'the node process alone' ? 0 : 1,
      );
      for (const pid of victims) process.kill(pid, 'SIGKILL');
      await exited(first);
      const caughtAfter = Date.now() - copying;

      // what a kill mid-COPY leaves: the live schema aside, which the checker reports
      const found = await eventually(
        async () => {
          const violations = await invariantViolations(sandbox);
          return violations.some((v) => v.startsWith('aside-schema')) ? violations : undefined;
        },
        30_000,
        500,
      );
      expect(found.join('\n')).to.include('tenantry_aside_');

      const second = worker(sandbox, { concurrency: 2 });
      await started(second);
      const restarted = Date.now();
      expect(await finished(sandbox, rollout, 120_000)).to.equal('succeeded');
      const people = await sandbox.platform<{ n: number; emails: number }>(
        'app',
        'SELECT count(*)::int AS n, count(email)::int AS emails FROM tenant_acme.people',
      );
      expect(people[0]).to.deep.equal({ n: ROWS, emails: ROWS });
      expect(await sandbox.applied('app', 'acme')).to.have.length(2);
      const aside = await sandbox.platform<{ nspname: string }>(
        'app',
        `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenantry_aside_%'`,
      );
      expect(aside).to.deep.equal([]);
      const runs = await sandbox.ledger<{
        from_version: string;
        to_version: string;
        aside_schema: string | null;
        attempt: number;
      }>('SELECT from_version, to_version, aside_schema, attempt FROM tenantry.runs WHERE rollout_id = $1', [rollout]);
      expect(runs.map((r) => [r.from_version, r.to_version, r.aside_schema])).to.deep.equal([
        [DROP_EMAIL, NICKNAME, null],
      ]);
      expect(runs[0]!.attempt).to.be.greaterThan(1);
      await assertInvariants(sandbox);
      report(
        `restore kill (${victim}): ${ROWS} rows, killed ${(caughtAfter / 1000).toFixed(1)} s into the restore during COPY; the retry restored the tenant ${((Date.now() - restarted) / 1000).toFixed(1)} s after a new worker started`,
      );
    });
  });
}
