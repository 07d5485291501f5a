import { expect } from 'chai';
import { exited } from './processes.js';
import { registeredSandbox, type Sandbox } from './sandbox.js';

const V2 = '1710000000002_add-account-name';

/**
 * A sandbox of the accounts platform whose tenants sit at v1.0 with `slowRows` accounts each:
 * migration 4 of the fixtures sleeps 50 ms per row, so a rollout to latest lasts a while.
 */
export async function slowFleet(tenants: readonly string[], slowRows: number): Promise<Sandbox> {
  const sandbox = await registeredSandbox(
    { platforms: { accounts: { migrations: 'accounts' } }, releases: { 'v1.0': { accounts: V2 } } },
    { accounts: tenants },
  );
  const worker = sandbox.startWorker({ concurrency: 4 });
  const first = await sandbox.cli(['migrate', '--to', 'v1.0', '--wait']);
  expect(first.code, first.stderr).to.equal(0);
  worker.kill('SIGTERM');
  expect(await exited(worker)).to.equal(0);
  for (const tenant of tenants) {
    await sandbox.platform(
      'accounts',
      `INSERT INTO tenant_${tenant}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, $1::int) g`,
      [slowRows],
    );
  }
  return sandbox;
}
