import { expect } from 'chai';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, ROOT, Sandbox, type CliResult } from '../helpers/sandbox.js';
import { adminQuery, databaseUrl } from '../helpers/services.js';

const SETS = path.join(ROOT, 'test/fixtures/validate');

interface Problem {
  code: string;
  severity: 'error' | 'warning' | 'info';
  platform: string;
  file?: string;
  message: string;
}
interface Report {
  ok: boolean;
  engine: string;
  sets: Array<{ platform: string; kind: string; roundTrip: { status: string; detail: string } }>;
  problems: Problem[];
  checksums: { status: string; detail: string };
  readiness: Array<{ name: string; status: string; detail: string }>;
  counts: { errors: number; warnings: number };
}

function report(result: CliResult): Report {
  expect(result.stderr, result.stderr).to.not.match(/unexpected error/);
  return JSON.parse(result.stdout) as Report;
}

function codesByFile(problems: readonly Problem[], platform: string): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const p of problems.filter((q) => q.platform === platform && /^TNT00\d$/.test(q.code))) {
    (byFile[p.file ?? '-'] ??= []).push(p.code);
  }
  return byFile;
}

describe('tenantry validate', function () {
  this.timeout(180_000);
  const sandboxes: Sandbox[] = [];
  const sandbox = (platforms: Record<string, string>) => {
    const made = new Sandbox({
      platforms: Object.fromEntries(Object.entries(platforms).map(([id, dir]) => [id, { migrations: dir }])),
    });
    sandboxes.push(made);
    return made;
  };
  const tempDirs: string[] = [];
  after(async () => {
    for (const s of sandboxes) await s.destroy();
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  });

  it('passes a clean set (js, ts and sql files, an irreversible migration) with a round trip on PGlite', async () => {
    const sb = sandbox({ clean: path.join(SETS, 'clean') });
    const result = await sb.cli(['validate', '--json']);
    const r = report(result);
    expect(result.code, result.stdout).to.equal(0);
    expect(r.ok).to.equal(true);
    expect(r.engine).to.equal('pglite');
    expect(r.sets).to.have.length(1);
    expect(r.sets[0]!.roundTrip.status).to.equal('pass');
    expect(r.counts).to.deep.equal({ errors: 0, warnings: 0 });
    // the irreversible seed stops the way down, and says so
    expect(r.problems.map((p) => [p.code, p.file])).to.deep.equal([['TNT205', '1720000000004_seed-widgets.js']]);
    // no ledger yet: drift is not checked, and says why
    expect(r.checksums.status).to.equal('skip');
    const text = await sb.cli(['validate']);
    expect(text.code).to.equal(0);
    expect(text.stdout).to.match(/round trip pass/);
    expect(text.stdout).to.match(/validate: 0 error\(s\), 0 warning\(s\)/);
  });

  it('runs the round trip on a real server in a throwaway database, and drops it', async () => {
    const sb = sandbox({ clean: path.join(SETS, 'clean'), safe: path.join(SETS, 'lint-safe') });
    const result = await sb.cli(['validate', '--database-url', databaseUrl('postgres'), '--json']);
    const r = report(result);
    expect(result.code, result.stdout).to.equal(0);
    expect(r.engine).to.equal('postgres');
    expect(r.sets.map((s) => s.roundTrip.status)).to.deep.equal(['pass', 'pass']);
    const scratch = /throwaway database (tenantry_validate_[0-9a-f]+)/.exec(r.sets[0]!.roundTrip.detail)?.[1];
    expect(scratch).to.be.a('string');
    expect(await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [scratch])).to.have.length(0);
  });

  it('reports a down that cannot be inferred, a name off the convention, a syntax error and a file that throws, all at once', async () => {
    const sb = sandbox({ broken: path.join(SETS, 'broken') });
    const result = await sb.cli(['validate', '--json']);
    const r = report(result);
    expect(result.code).to.equal(1);
    const errors = r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.file]);
    expect(errors).to.deep.equal([
      ['TNT113', '1720000000002_no-down.js'],
      ['TNT111', '1720000000004_syntax-error.js'],
      ['TNT111', '1720000000005_throws-on-load.js'],
    ]);
    // a name off the convention still runs under node-pg-migrate: a warning, not an error
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.file])).to.deep.equal([
      ['TNT101', '1720000000003_Add_Widget_Size.js'],
    ]);
    expect(r.problems.find((p) => p.file === '1720000000004_syntax-error.js')!.message).to.match(
      /SyntaxError: .*\(line 4\)/,
    );
    expect(r.sets[0]!.roundTrip.status).to.equal('skip');
    const text = await sb.cli(['validate']);
    expect(text.code).to.equal(1);
    for (const file of [
      '1720000000002_no-down.js',
      '1720000000003_Add_Widget_Size.js',
      '1720000000004_syntax-error.js',
      '1720000000005_throws-on-load.js',
    ]) {
      expect(text.stdout).to.include(file);
    }
    expect(text.stdout).to.match(/3 error\(s\)/);
  });

  it('catches each lint rule, and none on its safe form', async () => {
    const sb = sandbox({ unsafe: path.join(SETS, 'lint-unsafe'), safe: path.join(SETS, 'lint-safe') });
    const result = await sb.cli(['validate', '--json']);
    const r = report(result);
    expect(codesByFile(r.problems, 'unsafe')).to.deep.equal({
      '1720000000002_drop-archive-and-legacy.js': ['TNT001', 'TNT001'],
      '1720000000003_add-required-status.js': ['TNT002'],
      '1720000000004_index-qty.js': ['TNT003'],
      '1720000000005_qty-to-text.js': ['TNT005'],
      '1720000000006_concurrent-in-transaction.js': ['TNT004'],
    });
    expect(r.problems.filter((p) => /^TNT00/.test(p.code)).every((p) => p.severity === 'warning')).to.equal(true);
    // PostgreSQL agrees with TNT004: the round trip fails on it (that, not the lint, makes exit 1)
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.file])).to.deep.equal([
      ['TNT201', '1720000000006_concurrent-in-transaction.js'],
    ]);
    expect(result.code).to.equal(1);
    // the safe forms: drops that lose no data, NOT NULL with a default, CONCURRENTLY outside the
    // transaction, varchar(50) → varchar(100) (the round trip saw no rewrite)
    expect(codesByFile(r.problems, 'safe')).to.deep.equal({});
    expect(r.sets.find((s) => s.platform === 'safe')!.roundTrip.status).to.equal('pass');
    expect((await sb.cli(['validate', '--platform', 'safe'])).code).to.equal(0);

    const strict = report(await sb.cli(['validate', '--platform', 'unsafe', '--strict', '--json']));
    expect(strict.problems.filter((p) => /^TNT00/.test(p.code)).every((p) => p.severity === 'error')).to.equal(true);
    expect(strict.counts.errors).to.equal(7);
  });

  it('reports an applied file edited afterwards as drift, and the readiness of the system', async () => {
    // a copy of the files, so the test can edit one
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'tenantry-validate-')), 'accounts');
    cpSync(path.join(FIXTURES, 'accounts'), dir, { recursive: true });
    tempDirs.push(path.dirname(dir));
    const sb = sandbox({ accounts: dir });
    expect((await sb.cli(['init'])).code).to.equal(0);
    expect((await sb.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    sb.startWorker({ concurrency: 2 });
    const migrated = await sb.cli(['migrate', '--to', 'latest', '--wait']);
    expect(migrated.code, migrated.stderr).to.equal(0);

    const before = report(await sb.cli(['validate', '--json']));
    expect(before.checksums.status).to.equal('pass');
    expect(before.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    const readiness = Object.fromEntries(before.readiness.map((c) => [c.name, c.status]));
    expect(readiness).to.deep.equal({ backups: 'skip', 'control-schema': 'pass', queue: 'pass', workers: 'pass' });

    appendFileSync(path.join(dir, '1710000000002_add-account-name.js'), '\n// edited after it was applied\n');
    const result = await sb.cli(['validate', '--json']);
    const r = report(result);
    expect(result.code).to.equal(1);
    const drift = r.problems.filter((p) => p.code === 'TNT301');
    expect(drift.map((p) => p.file)).to.deep.equal(['1710000000002_add-account-name.js']);
    expect(drift[0]!.message).to.match(
      /edited after it was applied: 2 tenant\(s\) ran sha256 [0-9a-f]{12}…, the file is now [0-9a-f]{12}…/,
    );
    expect(r.checksums.status).to.equal('fail');
  });

  // --strict on a running fleet of the examples is in examples.test.ts (strict also needs readiness)
  it('validates every example set clean, without a warning', async () => {
    const sb = sandbox({});
    const result = await sb.cli(['validate', '--json'], {
      TENANTRY_CONFIG: path.join(ROOT, 'examples/tenantry.config.json'),
      DATABASE_URL: databaseUrl(sb.controlDb), // never created: no ledger to compare with
    });
    const r = report(result);
    expect(result.code, result.stdout).to.equal(0);
    expect(r.counts).to.deep.equal({ errors: 0, warnings: 0 });
    expect(r.sets.map((s) => `${s.platform}/${s.kind}:${s.roundTrip.status}`)).to.deep.equal([
      'isp_framework/shared:pass',
      'isp_framework/tenant:pass',
      'management_platform/shared:pass',
      'management_platform/tenant:pass',
      'billing/shared:pass',
      'billing/tenant:pass',
    ]);
  });

  it('bad input: a missing directory, an unreachable --database-url, a malformed one: one line, exit 2', async () => {
    const sb = sandbox({ gone: path.join(SETS, 'does-not-exist') });
    const refused = (result: CliResult, pattern: RegExp) => {
      expect(result.code, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.match(pattern);
      expect(result.stderr.trim().split('\n')).to.have.length(1);
    };
    refused(await sb.cli(['validate']), /migrations directory .*does-not-exist does not exist/);
    const clean = sandbox({ clean: path.join(SETS, 'clean') });
    refused(
      await clean.cli(['validate', '--database-url', 'postgres://postgres@127.0.0.1:1/postgres']),
      /PostgreSQL at 127\.0\.0\.1:1\/postgres is unreachable/,
    );
    refused(
      await clean.cli(['validate', '--database-url', 'mysql://x']),
      /--database-url must be a postgres:\/\/ connection string/,
    );
    refused(await clean.cli(['validate', '--platform', 'nope']), /unknown platform "nope"/);
  });
});
