#!/usr/bin/env node
// `npm run test:chaos [-- --full]`: the chaos suite. The CI tier by default (200 tenants, 3 rounds
// of random kills, every scenario once); --full runs 1,000 tenants x 20 rounds, by hand.
// Its files run two at a time, each in a process of its own (mocha --parallel), the longest
// first; every scenario has its own databases, queue prefix and private servers.
// TENANTRY_TEST_JOBS sets how many files run at once.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const full = args.includes('--full');
const unknown = args.filter((a) => a !== '--full');
if (unknown.length > 0) {
  process.stderr.write(`test:chaos: unknown argument ${unknown[0]} (only --full)\n`);
  process.exit(2);
}
const jobs = Number(process.env.TENANTRY_TEST_JOBS ?? 2);
if (!Number.isInteger(jobs) || jobs < 1) {
  process.stderr.write('test:chaos: TENANTRY_TEST_JOBS must be a positive integer\n');
  process.exit(2);
}

/**
 * Rough seconds per file, for the order only (the longest start first): each file's test time in
 * a CI-tier run on a loaded machine. A file not listed counts as 30.
 */
const SECONDS = {
  'worker-faults.test.ts': 460,
  'servers.test.ts': 260,
  'random-kills.test.ts': 230,
  'runaway.test.ts': 215,
  'concurrent-index.test.ts': 145,
  'restore-kill.test.ts': 130,
  'checker.test.ts': 80,
  'connection-forms.test.ts': 70,
  'enqueue-faults.test.ts': 40,
};
const dir = new URL('.', import.meta.url);
const files = readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.split(path.sep).join('/'))
  .sort((a, b) => (SECONDS[b] ?? 30) - (SECONDS[a] ?? 30) || a.localeCompare(b))
  .map((f) => `test/chaos/${f}`);
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, '--parallel', '--jobs', String(jobs), ...files], {
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  stdio: 'inherit',
  env: { ...process.env, ...(full ? { TENANTRY_CHAOS_FULL: '1' } : {}) },
});
process.exit(result.status ?? 1);
