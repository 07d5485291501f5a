import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { Sandbox, ok, tenantIds } from '../helpers/sandbox.js';
import { assertInvariants } from './invariants.js';
import { LATEST, finished, report, started, worker, workerLogs } from './harness.js';
import { PrivateRedis, startOrSkip } from './private-servers.js';

/** Redis refusing every write (`maxmemory 1`, `noeviction`), or accepting them again. */
async function refuseWrites(url: string, refuse: boolean): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await redis.config('SET', 'maxmemory-policy', 'noeviction');
    await redis.config('SET', 'maxmemory', refuse ? '1' : '0');
  } finally {
    redis.disconnect();
  }
}

describe('chaos: the queue refuses the jobs after the ledger took the rollout (private Redis)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox | undefined;
  let redis: PrivateRedis | undefined;
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
    await redis?.destroy();
  });

  it('Redis at maxmemory 1 with noeviction: migrate prints the rollout, says the reconciler will queue it, exits 0; a worker started later runs it', async function () {
    redis = await startOrSkip(this, () => PrivateRedis.start());
    const box = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } }, servers: { redisUrl: redis.url } });
    sandbox = box;
    const config = JSON.parse(readFileSync(box.configFile, 'utf8')) as Record<string, unknown>;
    box.writeConfig({ ...config, backup: { strategy: 'none', dir: path.join(box.dir, 'backups') } });
    const tenants = tenantIds(30);
    await ok(box, ['init']);
    await ok(box, ['tenants', 'add', 'accounts', ...tenants]);

    await refuseWrites(redis.url, true);
    const result = await box.cli(['migrate', '--to', 'latest', '--canary', '0', '--backup', 'pg_dump']);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const id = /^rollout ([0-9a-f-]{36}): 30 run\(s\)/m.exec(result.stdout)?.[1];
    expect(id, result.stdout).to.be.a('string');
    expect(result.stdout).to.match(
      /the queue refused its jobs \(.*OOM.*\); the rollout is in the ledger, and the reconciler of any running worker queues its runs from there/,
    );
    // what the operator was told is what the ledger holds
    const runs = await box.ledger<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 GROUP BY status',
      [id],
    );
    expect(runs).to.deep.equal([{ status: 'queued', n: 30 }]);

    await refuseWrites(redis.url, false);
    const w = worker(box, { concurrency: 4 });
    await started(w);
    const since = Date.now();
    expect(await finished(box, id!)).to.equal('succeeded');
    for (const t of tenants) expect((await box.applied('accounts', t)).at(-1)).to.equal(LATEST);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
    const took = Date.now() - since;

    // `backups restore` writes its rollout the same way: told the truth, and run once Redis takes writes again
    const [backup] = await box.ledger<{ id: string }>(`SELECT id FROM tenantry.backups WHERE tenant = 'c0001'`);
    await refuseWrites(redis.url, true);
    const restore = await box.cli(['backups', 'restore', backup!.id]);
    expect(restore.code, restore.stdout + restore.stderr).to.equal(0);
    expect(restore.stdout).to.match(/the queue refused its job \(.*OOM.*\); the rollout is in the ledger/);
    const restoreId = /rollout ([0-9a-f-]{36})/.exec(restore.stdout)![1]!;
    await refuseWrites(redis.url, false);
    expect(await finished(box, restoreId)).to.equal('succeeded');
    expect(await box.applied('accounts', 'c0001')).to.deep.equal([]);
    report(
      `Redis refusing writes: migrate exited 0 with rollout ${id!.slice(0, 8)}; the worker's reconciler queued it (backups batched from the ledger), 30 tenants done ${(took / 1000).toFixed(1)} s after the worker started; a refused backups restore ran too`,
    );
  });
});
