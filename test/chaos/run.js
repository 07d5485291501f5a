#!/usr/bin/env node
// `npm run test:chaos [-- --full]`: the chaos suite. The CI tier by default (200 tenants, 3 rounds
// of random kills, every scenario once); --full runs 1,000 tenants x 20 rounds, by hand.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const full = args.includes('--full');
const unknown = args.filter((a) => a !== '--full');
if (unknown.length > 0) {
  process.stderr.write(`test:chaos: unknown argument ${unknown[0]} (only --full)\n`);
  process.exit(2);
}
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, 'test/chaos/**/*.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ...(full ? { TENANTRY_CHAOS_FULL: '1' } : {}) },
});
process.exit(result.status ?? 1);
