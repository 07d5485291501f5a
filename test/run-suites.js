#!/usr/bin/env node
// `npm test`'s checks and mocha run, after the build:
// 1. `npm pack` of every workspace for the consumer test, before anything else: each prepack
//    deletes and rebuilds its package's dist, which the test processes and the type checks read;
// 2. side by side: the type checks of the tests and of the bench (their output shown when they
//    fail), and every mocha file (unit, integration, browser, security, parity, consumer) in one
//    mocha run, JOBS files at a time, each file in a process of its own (mocha --parallel), the
//    longest first so that no long file starts last. The consumer test installs the tarballs of
//    step 1 (TENANTRY_TEST_PACKS) instead of packing again.
// Exits non-zero when any step fails. TENANTRY_TEST_JOBS sets how many files run at once.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const SUITES = ['test/unit', 'test/integration', 'test/browser', 'test/security', 'test/parity', 'test/consumer'];
// two at a time, as many as the two suites side by side before: two cores, and 100 connections
// on the shared PostgreSQL
const JOBS = Number(process.env.TENANTRY_TEST_JOBS ?? 2);

/**
 * Rough seconds per file, for the order only (the longest start first, so that none starts last):
 * each file's test and hook time in runs on a loaded machine (about four times CI's). A file not
 * listed counts as DEFAULT_SECONDS (unit files as 1); a stale figure only makes the run less
 * balanced.
 */
const SECONDS = {
  'test/integration/backups.test.ts': 540,
  'test/integration/noop-deploys.test.ts': 360,
  'test/consumer/consumer.test.ts': 340,
  'test/integration/demo.test.ts': 300,
  'test/parity/runner-parity.test.ts': 280,
  'test/integration/rollout.test.ts': 270,
  'test/integration/onboarding.test.ts': 260,
  'test/integration/redis-topologies.test.ts': 240,
  'test/integration/labels.test.ts': 260,
  'test/integration/dashboard.test.ts': 180,
  'test/integration/logs.test.ts': 170,
  'test/integration/lock-retry.test.ts': 120,
  'test/integration/bad-input.test.ts': 115,
  'test/integration/no-worker.test.ts': 95,
  'test/integration/examples.test.ts': 80,
  'test/integration/invariants-busy.test.ts': 70,
  'test/security/secrets.test.ts': 150,
  'test/security/least-privilege.test.ts': 130,
  'test/parity/refusals.test.ts': 100,
  'test/security/hostile-queue-http.test.ts': 100,
  'test/integration/governor.test.ts': 100,
  'test/integration/api-rollouts.test.ts': 100,
  'test/integration/audit.test.ts': 100,
  'test/integration/api.test.ts': 90,
  'test/integration/session-hygiene.test.ts': 85,
  'test/security/hostile-cli.test.ts': 85,
  'test/browser/fleet-view.test.ts': 60,
  'test/security/hostile-config.test.ts': 55,
  'test/browser/roles.test.ts': 30,
  'test/browser/fleet-scale.test.ts': 20,
};
const DEFAULT_SECONDS = 60;

if (!Number.isInteger(JOBS) || JOBS < 1) {
  process.stderr.write(`run-suites: TENANTRY_TEST_JOBS must be a positive integer\n`);
  process.exit(2);
}

/** The test files of the suites, the longest first (by SECONDS; unit files are quick). */
function testFiles() {
  const files = SUITES.flatMap((suite) =>
    readdirSync(path.join(ROOT, suite), { recursive: true })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${suite}/${f.split(path.sep).join('/')}`),
  );
  const seconds = (f) => SECONDS[f] ?? (f.startsWith('test/unit/') ? 1 : DEFAULT_SECONDS);
  return files.sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));
}

/** Runs a command; with `quiet`, its output is shown only when it fails. Resolves with its exit code. */
function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const exitCode = code ?? (signal ? 1 : 0);
      if (exitCode !== 0 && quiet) process.stderr.write(Buffer.concat(output));
      resolve(exitCode);
    });
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** npm pack as the consumer test runs it: nothing of this `npm test`'s own npm run in its environment */
const packEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'INIT_CWD'),
);
const packs = mkdtempSync(path.join(tmpdir(), 'tenantry-packs-'));
try {
  const pack = ['pack', '--workspaces', '--pack-destination', packs, '--loglevel=error'];
  if ((await run(npm, pack, { env: packEnv, quiet: true })) !== 0) {
    process.stderr.write('run-suites: npm pack failed (above); no test ran\n');
    process.exitCode = 1;
  } else {
    const codes = await Promise.all([
      run(npm, ['run', '--silent', 'typecheck:tests'], { quiet: true }),
      run(npm, ['run', '--silent', 'typecheck:bench'], { quiet: true }),
      run(process.execPath, [mocha, '--parallel', '--jobs', String(JOBS), ...testFiles()], {
        env: { ...process.env, TENANTRY_TEST_PACKS: packs },
      }),
    ]);
    if (codes[0] !== 0 || codes[1] !== 0) process.stderr.write('run-suites: a type check failed (above)\n');
    process.exitCode = codes.find((code) => code !== 0) ?? 0;
  }
} finally {
  rmSync(packs, { recursive: true, force: true });
}
