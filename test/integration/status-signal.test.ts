import { expect } from 'chai';
import { ControlDb, listenForStatus, loadConfig } from '@tenantry/core';
import { Sandbox } from '../helpers/sandbox.js';

describe('followers hear a rollout finish (LISTEN/NOTIFY on the ledger)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let control: ControlDb | undefined;
  afterEach(async () => {
    await control?.close();
    await sandbox?.destroy();
  });

  it("wakes on the rollout's own status change, not another's, and leaves no listening session in the pool", async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    control = new ControlDb(loadConfig(sandbox.configFile, {}), { max: 1 });
    const [mine, other] = await sandbox.ledger<{ id: string }>(
      `INSERT INTO tenantry.rollouts (kind, target) VALUES ('migrate', 'latest'), ('migrate', 'latest') RETURNING id`,
    );
    const signal = await listenForStatus(control, mine!.id);
    let woken = false;
    // far longer than the test may take: only the notification can end this wait in time
    const waiting = signal.wait(3_600_000).then(() => {
      woken = true;
    });
    await sandbox.ledger(`UPDATE tenantry.rollouts SET status = 'failed' WHERE id = $1`, [other!.id]);
    await sandbox.ledger(`UPDATE tenantry.rollouts SET options = options || '{"x": 1}' WHERE id = $1`, [mine!.id]); // not a status change
    await sandbox.ledger('SELECT pg_sleep(0.2)');
    expect(woken, 'woken by another rollout, or by a change that is not of the status').to.equal(false);
    await sandbox.ledger(`UPDATE tenantry.rollouts SET status = 'succeeded', finished_at = now() WHERE id = $1`, [
      mine!.id,
    ]);
    await waiting;
    await signal.close();
    // the pool's one session is usable and listens no more
    const { rows } = await control.pool.query<{ channels: number }>(
      'SELECT count(*)::int AS channels FROM pg_listening_channels()',
    );
    expect(rows[0]!.channels).to.equal(0);
  });
});
