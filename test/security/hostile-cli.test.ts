import { expect } from 'chai';
import fc from 'fast-check';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isValidId } from '@tenantry/core';
import { FIXTURES, Sandbox } from '../helpers/sandbox.js';
import {
  CANARY_TABLE,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  HOSTILE_TARGETS,
  HOSTILE_UUIDS,
  SEED,
  generate,
  hostileNumber,
  hostileString,
} from './inputs.js';
import { cliInProcess, expectHandled, expectTypedRefusal, noUnhandled, plantCanaries, snapshot } from './world.js';

type Template = (value: string) => string[] | undefined;

/** Where an id goes on the command line. Valid ids that would change something (adding a tenant) are left to other tests. */
const ID_TEMPLATES: Template[] = [
  (s) => (isValidId(s) ? undefined : ['tenants', 'add', 'accounts', s]),
  (s) => (s === 'accounts' ? undefined : ['tenants', 'add', s, 'newcomer']),
  (s) => (s === 'acme' ? undefined : ['tenants', 'remove', 'accounts', s]),
  (s) => ['tenants', 'list', '--platform', s],
  (s) => ['migrate', '--dry-run', '--to', 'latest', '--tenant', s],
  (s) => ['migrate', '--dry-run', '--to', 'latest', '--platform', s],
  (s) => ['rollback', '--dry-run', '--to', '0', '--tenant', s],
  (s) => ['status', '--tenant', s],
  (s) => ['status', '--platform', s],
  (s) => ['rollback-info', '--platform', 'accounts', '--tenant', s, '--to', '0'],
  (s) => ['rollback-info', '--platform', s, '--tenant', 'acme', '--to', '0'],
  (s) => ['backups', 'list', '--tenant', s],
];
/** Where a label selector goes: any string is handled, as a selection or a one-line refusal. */
const SELECTOR_TEMPLATES: Template[] = [
  (s) => ['tenants', 'list', '--where', s],
  (s) => ['migrate', '--dry-run', '--to', 'latest', '--where', s],
  (s) => ['migrate', '--dry-run', '--to', 'latest', '--exclude', s],
  (s) => ['migrate', '--dry-run', '--to', 'latest', '--canary-where', s],
  (s) => ['status', '--where', s],
  (s) => ['versions', '--exclude', s],
];
const TARGET_TEMPLATES: Template[] = [
  (t) => ['migrate', '--dry-run', '--to', t],
  (t) => ['rollback', '--dry-run', '--to', t],
  (t) => ['rollback-info', '--platform', 'accounts', '--tenant', 'acme', '--to', t],
];
const UUID_TEMPLATES: Template[] = [
  (u) => ['rollout', 'status', u],
  (u) => ['rollout', 'pause', u],
  (u) => ['rollout', 'resume', u],
  (u) => ['rollout', 'abort', u],
  (u) => ['backups', 'restore', u],
];
const validConcurrency = (n: string) => /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= 256;
const NUMBER_TEMPLATES: Template[] = [
  (n) => ['migrate', '--dry-run', '--to', 'latest', '--canary', n],
  (n) => ['migrate', '--dry-run', '--to', 'latest', '--wave-size', n],
  (n) => ['migrate', '--dry-run', '--to', 'latest', '--max-failures', n],
  (n) => ['backups', 'prune', '--keep', n],
  (n) => (validConcurrency(n) ? undefined : ['worker', '--concurrency', n]),
];

describe('security: hostile command lines (in process: curated and generated; real processes: a curated subset)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let before: string;
  let calls = 0;

  async function check(args: string[] | undefined, expectRefusal: boolean): Promise<void> {
    if (!args) return;
    calls++;
    const result = await cliInProcess(sandbox.configFile, args);
    const what = `tenantry ${JSON.stringify(args)} (seed ${SEED})`;
    if (expectRefusal) expectTypedRefusal(result, what);
    else expectHandled(result, what);
  }

  async function expectNothingChanged(): Promise<void> {
    expect(await snapshot(sandbox)).to.equal(before);
  }

  this.beforeAll(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      releases: { 'v1.0.0': { accounts: '1710000000002_add-account-name' } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    await plantCanaries(sandbox, sandbox.controlDb);
    await plantCanaries(sandbox, sandbox.platformDbs.accounts!, ['public', 'tenant_acme']);
    before = await snapshot(sandbox);
    expect(before).to.include(`tenant_acme.${CANARY_TABLE} [{"id":1}]`);
  });
  this.afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(
      `      hostile command lines: ${calls} in-process calls, seed ${SEED} (TENANTRY_FUZZ_SEED=${SEED} reproduces them)`,
    );
    await sandbox?.destroy();
  });

  it(`curated: ${HOSTILE_STRINGS.length} ids, ${HOSTILE_TARGETS.length} targets, ${HOSTILE_UUIDS.length} record ids, ${HOSTILE_NUMBERS.length} numbers, each in several of the places it can go`, async () => {
    await noUnhandled(async () => {
      // each value in several places, the places taken in turn, so every place sees many values
      const some = <T>(list: readonly T[], i: number, k: number) =>
        Array.from({ length: Math.min(k, list.length) }, (_, j) => list[(i * k + j) % list.length]!);
      for (const [i, s] of HOSTILE_STRINGS.entries())
        for (const template of some(ID_TEMPLATES, i, 3)) await check(template(s), !isValidId(s));
      for (const [i, s] of HOSTILE_STRINGS.entries())
        for (const template of some(SELECTOR_TEMPLATES, i, 2)) await check(template(s), false);
      for (const [i, t] of HOSTILE_TARGETS.entries())
        for (const template of some(TARGET_TEMPLATES, i, 1)) await check(template(t), true);
      for (const [i, u] of HOSTILE_UUIDS.entries())
        for (const template of some(UUID_TEMPLATES, i, 2)) await check(template(u), true);
      for (const [i, n] of HOSTILE_NUMBERS.entries())
        for (const template of some(NUMBER_TEMPLATES, i, 2)) await check(template(n), false);
    });
    await expectNothingChanged();
  });

  it('generated: 500 command lines from the seed', async () => {
    const templates = [...ID_TEMPLATES, ...TARGET_TEMPLATES, ...UUID_TEMPLATES];
    const strings = generate(fc.tuple(fc.nat(templates.length - 1), hostileString), 400, 1);
    const numbers = generate(fc.tuple(fc.nat(NUMBER_TEMPLATES.length - 1), hostileNumber), 100, 2);
    await noUnhandled(async () => {
      for (const [i, s] of strings) await check(templates[i]!(s), false);
      for (const [i, n] of numbers) await check(NUMBER_TEMPLATES[i]!(n), false);
    });
    await expectNothingChanged();
  });

  it('real processes: a representative subset exits 2 with one line and changes nothing', async () => {
    const cases: string[][] = [
      ['tenants', 'add', 'accounts', `x'; DROP TABLE ${CANARY_TABLE}; --`],
      ['tenants', 'add', `a"; DROP TABLE ${CANARY_TABLE}; --`, 'acme'],
      ['migrate', '--to', 'latest', '--tenant', 'ａｃｍｅ'],
      ['migrate', '--to', `1710000000001_x'; DROP TABLE ${CANARY_TABLE}; --`],
      ['migrate', '--to', 'latest', '--max-failures', '-5%'],
      ['migrate', '--to', 'latest', '--where', `tier=x'; DROP TABLE ${CANARY_TABLE}; --`],
      ['rollback', '--to', '$(touch /tmp/tenantry-pwned)'],
      ['rollout', 'status', "00000000-0000-0000-0000-000000000000' OR '1'='1"],
      ['backups', 'restore', '../../etc/passwd'],
      ['worker', '--concurrency', '0x10'],
      ['dashboard', '--port', '99999'],
      ['dashboard', '--host', '0.0.0.0'], // no credentials configured: refused off loopback
    ];
    const results = await Promise.all(cases.map(async (args) => [args, await sandbox.cli(args)] as const));
    for (const [args, result] of results) expectTypedRefusal(result, `tenantry ${JSON.stringify(args)}`);
    await expectNothingChanged();
  });

  it('migration files with hostile names are refused before anything runs', async () => {
    const names = [
      `1710000000009_x'; DROP TABLE ${CANARY_TABLE}; --.js`,
      '1710000000009_a"b.js',
      '1710000000009_a b.js',
      '1710000000009_ü.js',
      '1710000000009_a;b.up.sql',
      '1710000000009_$(id).js',
      '1710000000009_`id`.js',
      '1710000000009_\u202e.js',
      "x'; DROP TABLE y.js",
      `1710000000009_${'x'.repeat(230)}.js`,
    ];
    for (const [i, name] of names.entries()) {
      const dir = path.join(sandbox.dir, `names-${i}`);
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(path.join(FIXTURES, 'accounts')))
        copyFileSync(path.join(FIXTURES, 'accounts', file), path.join(dir, file));
      writeFileSync(
        path.join(dir, name),
        `export const up = (pgm) => pgm.sql('DROP TABLE public.${CANARY_TABLE}'); export const down = () => {};`,
      );
      const overlong = name.length > 200;
      const config = path.join(sandbox.dir, `names-${i}.json`);
      const base = JSON.parse((await import('node:fs')).readFileSync(sandbox.configFile, 'utf8')) as {
        platforms: { accounts: { migrations: { tenant: string } } };
      };
      base.platforms.accounts.migrations.tenant = dir;
      writeFileSync(config, JSON.stringify(base));
      const commands = [['migrate', '--dry-run', '--to', 'latest']];
      // the real rollout path and validate (round trips on PGlite) for the first name: the same file scan refuses the rest
      if (i === 0) commands.push(['migrate', '--to', 'latest'], ['validate', '--platform', 'accounts']);
      for (const args of commands) {
        const result = await cliInProcess(config, args);
        const what = `${name}: ${args.join(' ')}`;
        if (overlong) expectHandled(result, what);
        else {
          // validate, like migrate, refuses a folder node-pg-migrate would misread, naming the file
          expectTypedRefusal(result, what);
          expect(result.stderr).to.match(
            /migration file .*(has a name Tenantry cannot carry|is half of an \.up\.sql|does not start with a number)/,
          );
        }
      }
    }
    // the overlong name is well formed (node-pg-migrate's name column takes 255): a real rollout was not started
    await expectNothingChanged();
  });
});
