#!/usr/bin/env node
// `npm test`'s mocha run: the unit and integration tests, and side by side with them the suites
// that share nothing with them but the services (browser, security, parity, the embedded demo, the
// private Redis topologies), whose output follows; then, alone, the packed-package consumer (its
// `npm pack` rebuilds every workspace's dist, which the other suites' processes load). Each suite
// runs its files one after another; side by side they keep CI within its time. Exits non-zero when
// any fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const BESIDE_FILES = ['test/integration/demo.test.ts', 'test/integration/redis-topologies.test.ts'];
const MAIN = [
  'test/unit/**/*.test.ts',
  'test/integration/**/*.test.ts',
  ...BESIDE_FILES.flatMap((f) => ['--ignore', f]),
];
const BESIDE = ['test/browser/**/*.test.ts', 'test/security/**/*.test.ts', 'test/parity/**/*.test.ts', ...BESIDE_FILES];
const ALONE = ['test/consumer/**/*.test.ts'];

function run(args, output) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [mocha, ...args], {
      stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    if (output !== 'inherit') {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const beside = [];
const [mainCode, besideCode] = await Promise.all([run(MAIN, 'inherit'), run(BESIDE, beside)]);
process.stdout.write('\n── browser, security, parity, demo and Redis topologies (run beside the above) ──\n');
process.stdout.write(Buffer.concat(beside));
process.stdout.write('\n── the packed-package consumer (alone) ──\n');
const aloneCode = await run(ALONE, 'inherit');
process.exit([mainCode, besideCode, aloneCode].find((code) => code !== 0) ?? 0);
