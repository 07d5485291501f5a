import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT, eventually } from '../helpers/sandbox.js';
import { REDIS_URL, adminQuery, databaseUrl, flushPrefix } from '../helpers/services.js';

/**
 * The README's "A first rollout", replayed exactly as printed: the commands are read from
 * README.md, so the two cannot drift. Only the servers differ: every URL the README exports
 * points at this test's own databases, and the queue gets its own prefix.
 */
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first ```sh block after a heading (that contains `containing`), one command per line, comments dropped. */
function commandsUnder(heading: string, containing = ''): string[] {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, `README has no heading "${heading}"`).to.be.greaterThan(-1);
  const block = [...README.slice(start).matchAll(/```sh\n([\s\S]*?)```/g)].find((b) => b[1]!.includes(containing));
  expect(block, `no sh block under "${heading}"`).to.not.equal(undefined);
  return block![1]!
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** Whether no process of this process group is left. */
function groupGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
}

interface Step {
  command: string;
  code: number;
  output: string;
}

function runLine(command: string, env: NodeJS.ProcessEnv): Promise<Step> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ command, code: code ?? -1, output }));
  });
}

describe("README: 'A first rollout' runs as printed", function () {
  this.timeout(240_000);
  const id = `t${randomBytes(4).toString('hex')}`;
  const prefix = `tenantry-test-${id}`;
  const databases: string[] = [];
  const background: ChildProcess[] = [];

  after(async () => {
    for (const child of background) {
      // the whole job (npx, its shell, node), as a terminal's `kill %1` would
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    for (const db of databases) await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
    await flushPrefix(prefix);
  });

  it('exports, registers, dry-runs, starts a worker, migrates and shows every tenant at the target', async () => {
    const exported = Object.fromEntries(
      commandsUnder('### PostgreSQL and Redis', 'export ')
        .filter((line) => line.startsWith('export '))
        .map((line) => /^export ([A-Z_]+)=(\S+)$/.exec(line)!.slice(1, 3) as [string, string]),
    );
    const configFile = exported.TENANTRY_CONFIG!;
    expect(configFile, 'the README exports TENANTRY_CONFIG').to.be.a('string');
    const configText = readFileSync(path.join(ROOT, configFile), 'utf8');
    const config = JSON.parse(configText) as {
      platforms: Record<string, unknown>;
      releases: Record<string, Record<string, string>>;
    };

    // every server the example config reads from the environment gets this test's own value
    const env: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^TENANTRY_|DATABASE_URL$|REDIS_URL$/.test(k)),
    );
    env.TENANTRY_CONFIG = configFile;
    // the queue prefix is how this test keeps off the shared queue: the example config must read it
    expect(configText, 'the example config reads TENANTRY_QUEUE_PREFIX').to.include('${TENANTRY_QUEUE_PREFIX');
    env.TENANTRY_QUEUE_PREFIX = prefix;
    for (const [, name] of configText.matchAll(/\$\{([A-Z_]+)(?::-[^}]*)?\}/g)) {
      if (name === 'REDIS_URL') env[name] = REDIS_URL;
      else if (name!.endsWith('DATABASE_URL')) {
        const db = `${id}_${name === 'DATABASE_URL' ? 'control' : name!.replace(/_DATABASE_URL$/, '').toLowerCase()}`;
        databases.push(db);
        env[name!] = databaseUrl(db);
      }
      // any other placeholder (a backup dir, ...) keeps the default the config gives it
    }
    for (const name of Object.keys(exported))
      expect(env, `the README exports ${name}, which the example config does not read`).to.have.property(name);

    const commands = commandsUnder('### A first rollout');
    expect(commands.length).to.be.greaterThan(3);
    let worker: ChildProcess | undefined;
    let workerOutput = '';
    const steps: Step[] = [];
    for (const command of commands) {
      const job = /^kill %(\d+)$/.exec(command);
      if (job) {
        // `kill %1` signals the whole job, as a terminal's shell does: npx, its shell and the worker
        const target = background[Number(job[1]) - 1];
        expect(target, `${command}: no such background job`).to.not.equal(undefined);
        process.kill(-target!.pid!, 'SIGTERM');
        await eventually(async () => (groupGone(target!.pid!) ? true : undefined), 60_000, 200);
        if (target === worker) worker = undefined; // stopped on purpose: no longer a reason to fail
        continue;
      }
      if (command.endsWith('&')) {
        // a real background job: its own process group, killed (the whole group) after the test
        worker = spawn('bash', ['-c', command.slice(0, -1).trim()], {
          cwd: ROOT,
          env,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        worker.stdout!.on('data', (d: Buffer) => (workerOutput += d.toString()));
        worker.stderr!.on('data', (d: Buffer) => (workerOutput += d.toString()));
        background.push(worker);
        continue;
      }
      // a worker that dies would leave `--wait` waiting: fail at once instead
      const died = worker
        ? new Promise<Step>((resolve) =>
            worker!.once('exit', (code) =>
              resolve({ command: 'the background worker', code: code ?? -1, output: workerOutput }),
            ),
          )
        : new Promise<Step>(() => {});
      const step = await Promise.race([runLine(command, env), died]);
      steps.push(step);
      expect(step.code, `${step.command} exited ${step.code}:\n${step.output}`).to.equal(0);
    }
    expect(background.length, 'the README starts a worker in the background').to.be.greaterThan(0);

    // the final status: every tenant registered by the README, on every platform, at the release migrated to
    const added = commands.find((c) => / tenants add /.test(c))!;
    const tenants = added
      .split(/\s+/)
      .slice(added.split(/\s+/).indexOf('add') + 1)
      .filter((a) => !a.startsWith('--'));
    const release = /migrate --to (\S+) --wait/.exec(commands.join('\n'))![1]!;
    const targets = config.releases[release]!;
    const status = steps.find((step) => /tenantry status$/.test(step.command))!;
    expect(status, 'the README shows the status').to.not.equal(undefined);
    // the table's rows, then a line saying where the versions were read from
    const lines = status.output.trim().split('\n').slice(1);
    expect(lines.at(-1)).to.match(/^versions (from the ledger|read live)/);
    const rows = lines.slice(0, -1).map((line) => line.split(/\s+/));
    const seen = rows.map(([platform, tenant, version]) => `${platform}/${tenant}@${version}`).sort();
    const expected = Object.keys(config.platforms)
      .flatMap((p) => tenants.map((t) => `${p}/${t}@${targets[p]}`))
      .sort();
    expect(seen).to.deep.equal(expected);

    // the README stops the worker it started: it shut down cleanly, recording that it stopped
    expect(
      commands.some((c) => /^kill %1$/.test(c)),
      'the README stops its worker',
    ).to.equal(true);
    const control = new pg.Client({ connectionString: databaseUrl(`${id}_control`) });
    await control.connect();
    try {
      const workers = (
        await control.query<{ stopped: boolean }>('SELECT stopped_at IS NOT NULL AS stopped FROM tenantry.workers')
      ).rows;
      expect(workers.map((w) => w.stopped)).to.deep.equal([true]);
    } finally {
      await control.end();
    }
  });
});
