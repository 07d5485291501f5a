import { expect } from 'chai';
import { Sandbox, eventually, tenantIds, type CliResult } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';

const V1 = '1710000000001_create-accounts';
const V2 = '1710000000002_add-account-name';
const V3 = '1710000000003_unique-account-email';

async function ok(sandbox: Sandbox, args: string[]): Promise<string> {
  const result = await sandbox.cli(args);
  expect(result.code, `tenantry ${args.join(' ')}\n${result.stdout}${result.stderr}`).to.equal(0);
  return result.stdout;
}

async function versions(sandbox: Sandbox, tenants: readonly string[]): Promise<Set<string>> {
  const at = new Set<string>();
  for (const t of tenants) at.add((await sandbox.applied('accounts', t)).at(-1) ?? '0');
  return at;
}

describe('one open rollout per tenant: opposite rollouts started together', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  const tenants = tenantIds(40);
  beforeEach(async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'accounts', ...tenants]);
    const worker = sandbox.startWorker({ concurrency: 4 });
    await ok(sandbox, ['migrate', '--to', V2, '--wait']);
    worker.kill('SIGTERM');
    await exited(worker);
  });
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('migrate --to 003 --wait and rollback --to 001 --wait, twice each, at the same instant: the first and its twin run, the opposite ones are refused naming it', async () => {
    const commands = [
      ['migrate', '--to', V3, '--wait'],
      ['rollback', '--to', V1, '--wait'],
      ['migrate', '--to', V3, '--wait'],
      ['rollback', '--to', V1, '--wait'],
    ];
    const pending = commands.map((args) => sandbox.cli(args));
    // the refusals come back at once; the rollout that was accepted waits for a worker
    await Promise.race(pending);
    sandbox.startWorker({ concurrency: 4 });
    const results: CliResult[] = await Promise.all(pending);
    const accepted = results.filter((r) => r.code === 0);
    const refused = results.filter((r) => r.code !== 0);
    const report = results.map((r) => `${r.code} ${r.stdout}${r.stderr}`).join('\n');
    // the first request in wins; the same request again is allowed (it converges), the opposite is refused
    const targets = new Set(accepted.map((r) => commands[results.indexOf(r)]![2]!));
    expect(accepted, report).to.have.length(2);
    expect(targets.size, report).to.equal(1);
    const ids = accepted.map((r) => /rollout ([0-9a-f-]{36})/.exec(r.stdout)![1]!);
    for (const r of refused) {
      expect(r.code, r.stderr).to.equal(2);
      expect(
        ids.some((id) => r.stderr.includes(`rollout ${id} (`)),
        r.stderr,
      ).to.equal(true);
      expect(r.stderr).to.match(/is still open over 40 of these tenant\(s\) .* with another target: .*--supersede/);
    }
    expect([...(await versions(sandbox, tenants))]).to.deep.equal([...targets]);
    // the ledger holds the first rollout and the accepted ones, nothing of the refused ones
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.have.length(3);
  });

  it('--supersede aborts the open rollout and runs: the first reports cancelled, not success', async () => {
    const first = /rollout ([0-9a-f-]{36})/.exec(await ok(sandbox, ['migrate', '--to', V3]))![1]!;
    const second = sandbox.cli(['rollback', '--to', V1, '--supersede', '--wait']);
    // the worker starts once the first rollout is aborted: none of its runs has begun, so all 40
    // are cancelled before they start (a worker started earlier may take some first)
    await eventually(async () => {
      const [row] = await sandbox.ledger<{ status: string }>('SELECT status FROM tenantry.rollouts WHERE id = $1', [
        first,
      ]);
      return row?.status === 'cancelled' ? true : undefined;
    });
    sandbox.startWorker({ concurrency: 4 });
    const result = await second;
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.match(
      new RegExp(`superseded rollout ${first}: aborted, 40 run\\(s\\) that had not started cancelled`),
    );
    const [status] = await sandbox.ledger<{ status: string }>('SELECT status FROM tenantry.rollouts WHERE id = $1', [
      first,
    ]);
    expect(status!.status).to.equal('cancelled');
    expect([...(await versions(sandbox, tenants))]).to.deep.equal([V1]);
    const verify = await sandbox.cli(['verify', '--invariants']);
    expect(verify.code, verify.stdout + verify.stderr).to.equal(0);
  });
});
