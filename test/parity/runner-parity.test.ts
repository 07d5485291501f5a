import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Sandbox } from '../helpers/sandbox.js';
import { adminQuery, backgroundDropsDone, databaseUrl } from '../helpers/services.js';
import { dumpSchemas, firstDifference, history, runnerMove } from './compare.js';
import { generatedSets } from './generated.js';
import { familiesSet, namesSet, shapesSet, type ParitySet } from './sets.js';

/**
 * The differential suite: for each migration set, node-pg-migrate's own runner (as installed,
 * default options) moves a reference tenant, and Tenantry (the real CLI, two real worker
 * processes) moves fresh tenants the same way: up to latest, down to 0, up to a middle step, up
 * again. After each step every tenant's pg_dump (structure and data, its schema's name
 * normalised) and history must equal the reference's. One tenant is moved by the runner first
 * and by Tenantry after, and back by the runner at the end. Schema mode: every set's tenants
 * share one database; database mode: each tenant has its own.
 */
const TENANTS = ['t1', 't2', 't3'];
const SEED = Number(process.env.TENANTRY_PARITY_SEED ?? Math.floor(Math.random() * 2 ** 31));

interface Target {
  set: ParitySet;
  /** schema of a tenant ('ref' for the runner's reference) */
  schema: (tenant: string) => string;
  /** database of a tenant */
  database: (tenant: string) => string;
}

describe(`parity with node-pg-migrate's runner (generated sets: seed ${SEED}, TENANTRY_PARITY_SEED reproduces them)`, function () {
  this.timeout(240_000);
  const root = mkdtempSync(path.join(tmpdir(), 'tenantry-parity-'));
  const schemaSets = [
    familiesSet(root, 'fam', false),
    shapesSet(root, 'shapes'),
    namesSet(root, 'names'),
    ...generatedSets(root, SEED, 3),
  ];
  const databaseSets = [familiesSet(root, 'famdb', true), shapesSet(root, 'shapesdb')];
  let sandbox: Sandbox;
  let shared: string;
  const targets: Target[] = [];
  const ownDatabases: string[] = [];

  const cli = async (args: string[]) => {
    const result = await sandbox.cli(args);
    expect(result.code, `tenantry ${args.join(' ')}\n${result.stdout}${result.stderr}`).to.equal(0);
    return result;
  };

  before(async () => {
    const platforms: Record<string, { migrations: string; tenantSchema: string; extra?: Record<string, unknown> }> = {};
    sandbox = new Sandbox({ platforms: {} });
    const prefix = `p${sandbox.id}_`;
    shared = `${sandbox.id}_tenants`;
    await adminQuery(`CREATE DATABASE ${shared}`);
    for (const set of schemaSets) {
      platforms[set.id] = {
        migrations: set.dir,
        tenantSchema: `${prefix}${set.id}_{tenant}`,
        extra: { databaseUrl: databaseUrl(shared) },
      };
      targets.push({ set, schema: (t) => `${prefix}${set.id}_${t}`, database: () => shared });
    }
    for (const set of databaseSets) {
      const template = databaseUrl('PLACEHOLDER').replace('PLACEHOLDER', `${sandbox.id}_${set.id}_{tenant}`);
      platforms[set.id] = {
        migrations: set.dir,
        tenantSchema: `${prefix}${set.id}_{tenant}`,
        extra: { databaseUrl: databaseUrl(shared), tenantDatabaseUrl: template },
      };
      targets.push({ set, schema: (t) => `${prefix}${set.id}_${t}`, database: (t) => `${sandbox.id}_${set.id}_${t}` });
      for (const t of [...TENANTS, 'ref']) ownDatabases.push(`${sandbox.id}_${set.id}_${t}`);
      await adminQuery(`CREATE DATABASE ${sandbox.id}_${set.id}_ref`);
    }
    const config = JSON.parse((await import('node:fs')).readFileSync(sandbox.configFile, 'utf8')) as Record<
      string,
      unknown
    >;
    sandbox.writeConfig({
      ...config,
      platforms: Object.fromEntries(
        Object.entries(platforms).map(([id, p]) => [
          id,
          { migrations: { tenant: p.migrations }, tenantSchema: p.tenantSchema, ...p.extra },
        ]),
      ),
      releases: { mid: Object.fromEntries(targets.map((t) => [t.set.id, t.set.mid])) },
    });
    await cli(['init']);
    await Promise.all(targets.map((t) => cli(['tenants', 'add', t.set.id, ...TENANTS])));
    sandbox.startWorker();
    sandbox.startWorker();
  });

  after(async () => {
    await sandbox?.destroy();
    await backgroundDropsDone(); // a role is dropped once no database holds its objects
    for (const db of [shared, ...ownDatabases]) if (db) await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    // roles are cluster-wide: the families sets name theirs after their tenants' schemas
    const roles = await adminQuery<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname LIKE $1`, [
      `p${sandbox?.id}\\_%`,
    ]);
    for (const { rolname } of roles) await adminQuery(`DROP ROLE IF EXISTS "${rolname}"`);
    rmSync(root, { recursive: true, force: true });
  });

  /** Every tenant of every set equals the runner's reference: structure, data, history. */
  async function expectSameAsRunner(step: string, tenants = TENANTS): Promise<void> {
    const dumps = new Map<string, Map<string, string[]>>();
    const schemaTargets = targets.filter((t) => t.database('ref') === shared);
    const jobs: Array<Promise<void>> = [
      dumpSchemas(
        shared,
        schemaTargets.flatMap((t) => ['ref', ...tenants].map(t.schema)),
      ).then((d) => void dumps.set(shared, d)),
    ];
    for (const t of targets.filter((x) => x.database('ref') !== shared)) {
      for (const tenant of ['ref', ...tenants])
        jobs.push(
          dumpSchemas(t.database(tenant), [t.schema(tenant)]).then((d) => void dumps.set(t.database(tenant), d)),
        );
    }
    await Promise.all(jobs);
    for (const t of targets) {
      const reference = dumps.get(t.database('ref'))!.get(t.schema('ref'))!;
      const referenceHistory = await history(t.database('ref'), t.schema('ref'));
      for (const tenant of tenants) {
        const dump = dumps.get(t.database(tenant))!.get(t.schema(tenant))!;
        expect(
          dump,
          `${step}: ${t.set.id}/${tenant} differs from the runner's\n${firstDifference(reference, dump)}`,
        ).to.deep.equal(reference);
        expect(
          await history(t.database(tenant), t.schema(tenant)),
          `${step}: ${t.set.id}/${tenant} history`,
        ).to.deep.equal(referenceHistory);
      }
    }
  }

  /** One runner call after another: the runner's global lock lets one run per database at a time. */
  const runnerAll = async (tenant: string, direction: 'up' | 'down', count?: (set: ParitySet) => number) => {
    for (const t of targets)
      await runnerMove(t.database(tenant), t.schema(tenant), t.set.dir, direction, count?.(t.set));
  };

  it('up to latest: the same schema, data and history; a tenant the runner took halfway, Tenantry takes on', async () => {
    // entries the runner ignores are not run, and the dry run says so
    const dry = JSON.parse(
      (await cli(['migrate', '--to', 'latest', '--platform', 'shapes', '--dry-run', '--json'])).stdout,
    ) as { ignored: Array<{ file: string }> };
    expect(dry.ignored.map((e) => e.file).sort()).to.deep.equal(['.1760000000012_hidden.js', '.gitkeep', 'drafts']);
    await runnerAll('t3', 'up', (set) => set.midCount);
    await Promise.all([cli(['migrate', '--to', 'latest', '--wait']), runnerAll('ref', 'up')]);
    // the runner's own order is the one each set was written to show
    for (const t of targets)
      expect(await history(t.database('ref'), t.schema('ref')), t.set.id).to.deep.equal(t.set.order);
    await expectSameAsRunner('up to latest');
  });

  it('down to 0, through inferred downs, said so before', async () => {
    const dry = JSON.parse((await cli(['rollback', '--to', '0', '--dry-run', '--json'])).stdout) as {
      runs: Array<{ platform: string; tenant: string; inferredDowns?: string[] }>;
    };
    expect(dry.runs.find((r) => r.platform === 'shapes' && r.tenant === 't1')!.inferredDowns).to.deep.equal([
      '1760000000011_commonjs',
      '1760000000008_linked',
      '1760000000005_shorthands',
      '1760000000004_migration-object',
      '1760000000002_cjs-exports',
    ]);
    const info = JSON.parse(
      (await cli(['rollback-info', '--platform', 'fam', '--tenant', 't1', '--to', '0', '--json'])).stdout,
    ) as {
      recommended: string;
      reason: string;
      migrations: Array<{ name: string; down: string }>;
    };
    expect(info.recommended).to.equal('down-migrations');
    expect(info.migrations.find((m) => m.name === '1750000000001_tables')!.down).to.equal('inferred');
    expect(info.migrations.find((m) => m.name === '1750000000002_columns')!.down).to.equal('written');
    expect(info.reason).to.match(/1750000000001_tables.* inferred/);
    await Promise.all([cli(['rollback', '--to', '0', '--wait']), runnerAll('ref', 'down')]);
    await expectSameAsRunner('down to 0');
  });

  it('up to a middle step, then up again', async () => {
    await Promise.all([cli(['migrate', '--to', 'mid', '--wait']), runnerAll('ref', 'up', (set) => set.midCount)]);
    await expectSameAsRunner('up to the middle');
    await Promise.all([cli(['migrate', '--to', 'latest', '--wait']), runnerAll('ref', 'up')]);
    await expectSameAsRunner('up again');
  });

  it('a tenant Tenantry moved, the runner moves back down and up again', async () => {
    await runnerAll('t3', 'down');
    for (const t of targets) expect(await history(t.database('t3'), t.schema('t3')), t.set.id).to.deep.equal([]);
    await runnerAll('t3', 'up');
    await expectSameAsRunner('moved back and forth by the runner', ['t3']);
  });
});
