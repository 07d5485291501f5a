import { expect } from 'chai';
import { CLI, registeredSandbox, rolloutIdIn, type CliResult, type Sandbox } from '../helpers/sandbox.js';
import { runToEnd } from '../helpers/processes.js';

const V2 = '1710000000002_add-account-name';

/** A CLI process that gets SIGINT once its output matches `ready`, as a person pressing Ctrl-C would. */
function interruptWhen(sandbox: Sandbox, args: string[], ready: RegExp): Promise<CliResult> {
  let sent = false;
  return runToEnd(process.execPath, [CLI, ...args], {
    env: { ...process.env, TENANTRY_CONFIG: sandbox.configFile },
    onOutput: (stdout, stderr, child) => {
      if (!sent && ready.test(stdout + stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    },
  });
}

describe('migrating with no live worker: warned, --timeout, Ctrl-C', function () {
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

  const statusOf = async (id: string) =>
    (await sandbox.ledger<{ status: string }>('SELECT status FROM tenantry.rollouts WHERE id = $1', [id]))[0]?.status;

  it('warns at enqueue time that the rollout stays queued, and how to abort it', async () => {
    const result = await sandbox.cli(['migrate', '--to', V2]);
    expect(result.code, result.stderr).to.equal(0);
    const id = rolloutIdIn(result.stdout);
    expect(result.stderr)
      .to.include(`warning: no live worker is taking runs: rollout ${id} stays queued`)
      .and.include(`tenantry rollout abort ${id}`);
    const json = await sandbox.cli(['rollout', 'abort', id, '--json']);
    expect(json.code, json.stderr).to.equal(0);
    // under --json the warning is one JSON object with a code
    const again = await sandbox.cli(['migrate', '--to', V2, '--json']);
    expect(again.code, again.stderr).to.equal(0);
    expect(JSON.parse(again.stderr)).to.include({ code: 'NO_LIVE_WORKER' });
    expect(
      (await sandbox.cli(['rollout', 'abort', (JSON.parse(again.stdout) as { rolloutId: string }).rolloutId])).code,
    ).to.equal(0);
  });

  it('--wait --timeout stops waiting with exit 1 and one clear line; the rollout stays queued', async () => {
    expect((await sandbox.cli(['migrate', '--to', V2, '--timeout', '2s'])).stderr).to.match(/--timeout is for --wait/);
    expect((await sandbox.cli(['migrate', '--to', V2, '--wait', '--timeout', 'soon'])).code).to.equal(2);
    const result = await sandbox.cli(['migrate', '--to', V2, '--wait', '--timeout', '2s']);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    const id = rolloutIdIn(result.stdout);
    expect(result.stderr).to.include(
      `stopped waiting after 2s: rollout ${id} is running (0 of 2 run(s) done, no live worker)`,
    );
    expect(result.stderr).to.include(`tenantry rollout abort ${id}`);
    expect(await statusOf(id)).to.equal('running');
    expect((await sandbox.cli(['rollout', 'abort', id])).code).to.equal(0);
    // no run ran: a cancelled rollout has no throughput to show (it used to count cancellations)
    const status = await sandbox.cli(['rollout', 'status', id]);
    expect(status.stdout).to.include('2 cancelled').and.not.include('throughput');
  });

  it('Ctrl-C during --wait exits 130 saying the rollout stays queued; a worker started later finishes it', async () => {
    // --wait says so itself once nothing moves; then the operator presses Ctrl-C
    const result = await interruptWhen(
      sandbox,
      ['migrate', '--to', V2, '--wait'],
      /no live worker is taking runs: start one/,
    );
    expect(result.code, result.stdout + result.stderr).to.equal(130);
    const id = rolloutIdIn(result.stdout);
    expect(result.stderr)
      .to.include(`stopped following rollout ${id} (the rollout was not stopped)`)
      .and.include(`tenantry rollout abort ${id}`);
    expect(await statusOf(id)).to.equal('running');
    const worker = sandbox.startWorker();
    const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
    expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
    expect(await statusOf(id)).to.equal('succeeded');
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(2);
    // the worker's start line names the queue with its Redis database number
    expect(worker.output()).to.match(/"queue":"Redis at 127\.0\.0\.1:\d+\/\d+, prefix tenantry-test-/);
    const status = await sandbox.cli(['rollout', 'status', id.slice(0, 8)]);
    expect(status.stdout).to.match(/throughput \d+\.\d runs\/s\n/);
  });
});
