import { expect } from 'chai';
import { registeredSandbox, type Sandbox } from '../helpers/sandbox.js';
import { expectRefused } from '../helpers/refusals.js';

const V2 = '1710000000002_add-account-name';

describe('rollout ids: any unique prefix, and rollout list', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await registeredSandbox(
      { platforms: { accounts: { migrations: 'accounts' } } },
      { accounts: ['acme', 'globex'] },
    );
  });
  after(async () => {
    await sandbox?.destroy();
  });

  it('lists recent rollouts with status, target, counts and age, and takes the 8-character id it shows everywhere', async () => {
    const started = await sandbox.cli(['migrate', '--to', V2, '--json']);
    expect(started.code, started.stderr).to.equal(0);
    const id = (JSON.parse(started.stdout) as { rolloutId: string }).rolloutId;
    const short = id.slice(0, 8);

    const list = await sandbox.cli(['rollout', 'list']);
    expect(list.code, list.stderr).to.equal(0);
    const [header, row] = list.stdout.trim().split('\n');
    expect(header!.split(/\s+/)).to.deep.equal(['ID', 'STATUS', 'KIND', 'TARGET', 'DONE', 'FAILED', 'CREATED']);
    expect(row!.split(/\s+/).slice(0, 6)).to.deep.equal([short, 'running', 'migrate', V2, '0/2', '0']);
    expect(row).to.match(/\d+s ago$/);
    const json = JSON.parse((await sandbox.cli(['rollout', 'list', '--json'])).stdout) as Array<{
      id: string;
      status: string;
      total: number;
    }>;
    expect(json.map((r) => [r.id, r.status, r.total])).to.deep.equal([[id, 'running', 2]]);

    const status = await sandbox.cli(['rollout', 'status', short]);
    expect(status.code, status.stderr).to.equal(0);
    expect(status.stdout).to.include(`rollout ${id} running`);
    expect((await sandbox.cli(['rollout', 'pause', short.toUpperCase()])).stdout).to.include(`rollout ${id} paused`);
    expect((await sandbox.cli(['rollout', 'resume', id.slice(0, 13)])).stdout).to.include(`rollout ${id} resumed`);
    expect((await sandbox.cli(['rollout', 'abort', id.replaceAll('-', '').slice(0, 10)])).stdout).to.include(
      `rollout ${id} aborted`,
    );
    const cancelled = await sandbox.cli(['rollout', 'list', '--status', 'cancelled']);
    expect(cancelled.stdout).to.include(`${short}  cancelled`);
  });

  it('an ambiguous prefix is refused naming the candidates; unknown, too short or malformed ids are refused', async () => {
    const ids = ['abcd1111-0000-4000-8000-000000000001', 'abcd2222-0000-4000-8000-000000000002'];
    for (const id of ids)
      await sandbox.ledger(
        `INSERT INTO tenantry.rollouts (id, kind, target, status, finished_at) VALUES ($1, 'migrate', 'latest', 'succeeded', now())`,
        [id],
      );
    const ambiguous = await sandbox.cli(['rollout', 'status', 'abcd']);
    expectRefused(ambiguous, /rollout id abcd is ambiguous, it starts 2 rollouts: /);
    for (const id of ids) expect(ambiguous.stderr).to.include(id);
    expect((await sandbox.cli(['rollout', 'status', 'abcd1'])).stdout).to.include(`rollout ${ids[0]} succeeded`);
    expectRefused(await sandbox.cli(['rollout', 'status', 'abc']), /too short: give at least 4 characters/);
    expectRefused(await sandbox.cli(['rollout', 'status', 'ffff0']), /no rollout ffff0/);
    expectRefused(await sandbox.cli(['rollout', 'abort', 'not-an-id']), /is not a rollout id/);
    expectRefused(await sandbox.cli(['rollout', 'list', '--status', 'done']), /--status must be one of/);
    expectRefused(await sandbox.cli(['backups', 'restore', 'abcd']), /no backup abcd/);
  });
});
