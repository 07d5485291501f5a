import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Sandbox, type CliResult } from '../helpers/sandbox.js';
import { adminQuery, databaseUrl } from '../helpers/services.js';
import { runnerMove } from './compare.js';

/**
 * What the runner refuses or misreads, Tenantry refuses up front, naming the file (one line,
 * exit 2, nothing changed); what the runner ignores, Tenantry ignores and says so. Each folder
 * is first handed to node-pg-migrate's runner, to show the case is real.
 */
const table = (name: string) => `export const up = (pgm) => { pgm.createTable('${name}', { id: 'id' }); };\n`;

const FOLDERS: Record<
  string,
  { files: Record<string, string>; link?: [string, string]; runner: RegExp; tenantry: RegExp }
> = {
  // the runner takes each file as a whole migration: 1_pair.down runs first, as an up
  pair: {
    files: { '1_pair.up.sql': 'CREATE TABLE pair (id int);\n', '1_pair.down.sql': 'DROP TABLE pair;\n' },
    runner: /table "pair" does not exist/,
    tenantry: /1_pair\.(up|down)\.sql is half of an \.up\.sql\/\.down\.sql pair/,
  },
  notes: {
    files: { '1_a.js': table('a'), 'README.md': '# notes\n' },
    runner: /Cannot determine numeric prefix for "README\.md"/,
    tenantry: /README\.md does not start with a number/,
  },
  extension: {
    files: { '1_a.js': table('a'), '2_b.txt': 'not a migration\n' },
    runner: /Unknown file extension "\.txt"/,
    tenantry: /2_b\.txt has extension \.txt/,
  },
  dangling: {
    files: { '1_a.js': table('a') },
    link: ['nowhere.js', '2_gone.js'],
    runner: /ENOENT|Cannot find module|no such file/i,
    tenantry: /2_gone\.js is a symbolic link to nothing/,
  },
  throws: {
    files: { '1_a.js': table('a'), '2_boom.js': "throw new Error('boom at import');\n" },
    runner: /boom at import/,
    tenantry: /migration file 2_boom\.js does not load: boom at import/,
  },
};

function expectRefusal(result: CliResult, pattern: RegExp, what: string): void {
  const where = `${what}\n${result.stdout}${result.stderr}`;
  expect(result.code, where).to.equal(2);
  expect(result.stderr.trim().split('\n'), where).to.have.length(1);
  expect(result.stderr, where).to.match(pattern);
}

describe("refusals and ignored files, as node-pg-migrate's runner has them", function () {
  this.timeout(120_000);
  const root = mkdtempSync(path.join(tmpdir(), 'tenantry-refusals-'));
  let sandbox: Sandbox;
  const scratch = `tenantry_refusals_${process.pid}`;

  before(async () => {
    for (const [id, folder] of Object.entries(FOLDERS)) {
      mkdirSync(path.join(root, id));
      for (const [file, body] of Object.entries(folder.files)) writeFileSync(path.join(root, id, file), body);
      if (folder.link) symlinkSync(path.join(root, id, folder.link[0]), path.join(root, id, folder.link[1]));
    }
    mkdirSync(path.join(root, 'ignored', 'drafts'), { recursive: true });
    writeFileSync(path.join(root, 'ignored', '1_kept.js'), table('kept'));
    writeFileSync(path.join(root, 'ignored', '.gitkeep'), '');
    writeFileSync(path.join(root, 'ignored', 'drafts', '2_draft.js'), table('draft'));
    mkdirSync(path.join(root, 'noreverse'));
    writeFileSync(path.join(root, 'noreverse', '1_a.js'), table('a'));
    writeFileSync(
      path.join(root, 'noreverse', '2_raw-sql.js'),
      "export const up = (pgm) => { pgm.sql('INSERT INTO a DEFAULT VALUES'); };\n",
    );
    sandbox = new Sandbox({
      platforms: Object.fromEntries(
        [...Object.keys(FOLDERS), 'ignored', 'noreverse'].map((id) => [id, { migrations: path.join(root, id) }]),
      ),
    });
    await adminQuery(`CREATE DATABASE ${scratch}`);
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    // a file that throws at import is found when a rollout is planned: it needs a tenant to plan for
    expect((await sandbox.cli(['tenants', 'add', 'throws', 't1'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'noreverse', 't1'])).code).to.equal(0);
  });
  after(async () => {
    await sandbox?.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    rmSync(root, { recursive: true, force: true });
  });

  for (const [id, folder] of Object.entries(FOLDERS)) {
    it(`${id}: the runner fails on it; validate and migrate refuse it up front, naming the file`, async () => {
      const failure = await runnerMove(scratch, id, path.join(root, id), 'up').then(
        () => undefined,
        (error: Error) => `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}`,
      );
      expect(failure, 'the runner accepted the folder').to.be.a('string');
      expect(failure).to.match(folder.runner);
      const [validate, migrate] = await Promise.all([
        sandbox.cli(['validate', '--platform', id]),
        sandbox.cli(['migrate', '--to', 'latest', '--platform', id]),
      ]);
      expectRefusal(migrate, folder.tenantry, `migrate ${id}`);
      if (id === 'throws') {
        // validate reports it with the set's other findings (exit 1, a check found a problem)
        expect(validate.code, validate.stdout).to.equal(1);
        expect(validate.stdout).to.match(/TNT111 .*2_boom\.js does not load: .*boom at import/);
      } else expectRefusal(validate, folder.tenantry, `validate ${id}`);
      expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.deep.equal([]);
    });
  }

  it('a rollback through a migration whose up cannot be reversed: the runner fails, Tenantry refuses up front naming it', async () => {
    // the tenant was moved by the runner: Tenantry reads where it is from its history
    await runnerMove(sandbox.platformDbs.noreverse!, 'tenant_t1', path.join(root, 'noreverse'), 'up');
    const failure = await runnerMove(
      sandbox.platformDbs.noreverse!,
      'tenant_t1',
      path.join(root, 'noreverse'),
      'down',
      1,
    ).then(
      () => 'went down',
      (error: Error) => error.message,
    );
    expect(failure).to.match(/Impossible to automatically infer down migration/);
    // moved outside Tenantry, so the ledger's record of it (0, from tenants add) is stale: --recheck
    // reads every tenant, as the README says to after changing schemas by other means
    const refused = await sandbox.cli(['rollback', '--to', '0', '--platform', 'noreverse', '--recheck']);
    expectRefusal(
      refused,
      /migration 2_raw-sql of noreverse has no down \(node-pg-migrate cannot reverse its up: Impossible to automatically infer down migration/,
      'rollback',
    );
    const info = JSON.parse(
      (await sandbox.cli(['rollback-info', '--platform', 'noreverse', '--tenant', 't1', '--to', '0', '--json'])).stdout,
    ) as {
      recommended: string;
      migrations: Array<{ name: string; down: string }>;
    };
    expect(info.migrations.map((m) => [m.name, m.down])).to.deep.equal([
      ['2_raw-sql', 'none'],
      ['1_a', 'inferred'],
    ]);
    expect(info.recommended).to.equal('none');
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.deep.equal([]);
  });

  it('ignored: a dotfile and a directory are not run, by the runner or by Tenantry, and validate says so', async () => {
    await runnerMove(scratch, 'ignored', path.join(root, 'ignored'), 'up');
    const applied = await adminQuery<{ name: string }>('SELECT name FROM ignored.pgmigrations', [], scratch);
    expect(applied.map((r) => r.name)).to.deep.equal(['1_kept']);
    const result = await sandbox.cli([
      'validate',
      '--platform',
      'ignored',
      '--database-url',
      databaseUrl('postgres'),
      '--json',
    ]);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const problems = (
      JSON.parse(result.stdout) as { problems: Array<{ code: string; file?: string; severity: string }> }
    ).problems;
    expect(problems.filter((p) => p.code === 'TNT104').every((p) => p.severity === 'warning')).to.equal(true);
    expect(
      problems
        .filter((p) => p.code === 'TNT104')
        .map((p) => p.file)
        .sort(),
    ).to.deep.equal(['.gitkeep', 'drafts']);
    // no down written: node-pg-migrate reverses the up, and validate says so
    expect(problems.filter((p) => p.code === 'TNT115').map((p) => p.file)).to.deep.equal(['1_kept.js']);
  });
});
