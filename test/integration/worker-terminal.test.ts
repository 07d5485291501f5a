import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI, Sandbox, eventually } from '../helpers/sandbox.js';

/** Runs a shell script on a real terminal (`script` gives it a pty); returns what the terminal showed. */
function onTerminal(script: string, env: NodeJS.ProcessEnv, until?: (output: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `bash -c ${JSON.stringify(script)}`, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let interrupted = false;
    const onData = (d: Buffer) => {
      output += d.toString();
      if (!interrupted && until?.(output)) {
        interrupted = true;
        child.stdin.write('\x03'); // Ctrl-C on the terminal, once
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', () => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex
      resolve(output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '\n'));
    });
  });
}

describe('a worker started in the background of a terminal (`tenantry worker &`)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let env: NodeJS.ProcessEnv;
  before(async function () {
    if (!existsSync('/usr/bin/script')) this.skip();
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    // the level is the worker's own choice here: no TENANTRY_LOG_LEVEL
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'TENANTRY_LOG_LEVEL'));
    env.TENANTRY_CONFIG = sandbox.configFile;
    env.TERM = 'xterm';
  });
  after(async () => {
    await sandbox?.destroy();
  });

  it('says once that it logs only warnings and errors, and does not write a line per run over the progress bar', async () => {
    const node = JSON.stringify(process.execPath);
    const cli = JSON.stringify(CLI);
    // job control on, as in an interactive shell: the worker is a background job of the terminal
    const output = await onTerminal(
      `set -m; ${node} ${cli} worker & ${node} ${cli} migrate --to latest --wait; kill %1; wait`,
      env,
    );
    expect(output).to.include(
      'tenantry worker: running in the background of this terminal, so it logs only warnings and errors',
    );
    expect(output).to.match(/rollout [0-9a-f-]{36} succeeded: 2 succeeded, 0 failed of 2/);
    expect(output).to.not.include('run succeeded').and.not.include('worker started');
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
  });

  it('in the foreground of a terminal it logs every run as before', async () => {
    const output = await onTerminal(
      `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} worker`,
      env,
      (o) => o.includes('worker started'),
    );
    expect(output).to.match(/INFO \(tenantry-worker\): worker started/);
    expect(output).to.not.include('running in the background');
    await eventually(async () =>
      (
        await sandbox.ledger<{ n: number }>('SELECT count(*)::int AS n FROM tenantry.workers WHERE stopped_at IS NULL')
      )[0]!.n === 0
        ? true
        : undefined,
    );
  });
});
