// The release modes of the bench: the examples' three platforms (isp_framework,
// management_platform, billing, each its own database) moved to their release v2.0.0 as one saga
// per tenant, without (`release`) and with (`release-backup`) pg_dump backups. What it answers:
// does every platform of a release dump its tenants in batches? See bench/README.md.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PLATFORMS = ['isp_framework', 'management_platform', 'billing'];
const RELEASE = 'v2.0.0';

/**
 * One timed `tenantry migrate --to v2.0.0 --wait` over `tenants` tenants on each of the three
 * example platforms, on fresh databases. `h` are the bench's helpers (run.js): they register
 * everything they create, so the bench's clean-up removes it on any exit.
 */
export async function benchRelease({ tenants: n, workers: w, concurrency: c, backup }, h) {
  const label = backup ? 'release-backup' : 'release';
  h.assertNotStopping();
  const id = `bench_${h.RUN}_${label.replace('-', '_')}`;
  const sb = { label, prefix: `bench-${h.RUN}-${label}`, controlDb: `${id}_control`, dir: mkdtempSync(path.join(tmpdir(), 'tenantry-bench-')) };
  sb.configFile = path.join(sb.dir, 'tenantry.config.json');
  const databases = Object.fromEntries(PLATFORMS.map((p) => [p, `${id}_${p}`]));
  h.created.dirs.add(sb.dir);
  h.created.prefixes.add(sb.prefix);
  for (const name of [sb.controlDb, ...Object.values(databases)]) h.created.databases.add(name);
  const examples = path.join(h.ROOT, 'examples');
  const platforms = Object.fromEntries(
    PLATFORMS.map((p) => [p, { databaseUrl: h.dbUrl(databases[p]), migrations: { tenant: path.join(examples, p, 'tenant'), shared: path.join(examples, p, 'shared') } }]),
  );
  const exampleConfig = JSON.parse(readFileSync(path.join(examples, 'tenantry.config.json'), 'utf8'));
  writeFileSync(
    sb.configFile,
    JSON.stringify({
      redis: { url: h.REDIS_URL, prefix: sb.prefix },
      control: { databaseUrl: h.dbUrl(sb.controlDb) },
      platforms,
      releases: exampleConfig.releases,
      worker: { heartbeatMs: 1000 },
      ...(backup ? { backup: { strategy: 'pg_dump', dir: './backups', ...(h.PG_BIN_DIR ? { binDir: h.PG_BIN_DIR } : {}) } } : {}),
    }),
  );
  const ids = h.tenantIds(n);
  const workers = [];
  try {
    h.log(`${label}: init + registering ${n} tenants on ${PLATFORMS.length} platforms (not timed)`);
    await h.cli(sb, ['init']);
    for (const p of PLATFORMS) for (const part of h.chunks(ids, 500)) await h.cli(sb, ['tenants', 'add', p, ...part]);
    for (let i = 0; i < w; i++) workers.push(h.startWorker(sb, c));
    await Promise.all(workers.map((x) => x.started));
    await h.checkpoint();
    h.log(`${label}: timing \`tenantry migrate --to ${RELEASE} --wait\`${backup ? ' with backup.strategy pg_dump' : ''}`);
    const stopSampling = h.sampleRss(workers);
    const stopCpu = h.cpuMeter(workers.map((x) => x.pid));
    const result = await h.cli(sb, ['--json', 'migrate', '--to', RELEASE, '--wait', ...(h.unstaged ? h.UNSTAGED_FLAGS : [])], { check: false });
    const cpu = await stopCpu();
    stopSampling();
    const finished = h.finishedEvent(result.stdout);
    const runs = n * PLATFORMS.length + PLATFORMS.length; // one shared run per platform
    if (result.code !== 0 || finished?.status !== 'succeeded' || finished.counts.succeeded !== runs) {
      throw new Error(`${label}: migrate exited ${result.code}, rollout ${finished?.status ?? '?'} ${JSON.stringify(finished?.counts ?? {})}: ${result.stderr.trim().slice(-1000)}`);
    }
    await Promise.all(workers.map((x) => h.stopChild(x.child)));
    const dumps = backup ? await dumpsPerPlatform(h, sb.controlDb, n) : undefined;
    return {
      row: { mode: `Tenantry release, 3 platforms${backup ? ' + pg_dump' : ''} (W=${w}, C=${c})`, key: label, tenants: n, connections: w * c, ms: result.ms, cpu },
      details: {
        runs,
        ...(dumps ? { dumps } : {}),
        workers: workers.map((x) => ({ pid: x.pid, runs: x.succeeded, failed: x.failed, cpuSeconds: x.cpuSeconds, maxRssMb: x.maxRssKb / 1024 })),
        maxRssMb: Math.max(...workers.map((x) => x.maxRssKb)) / 1024,
      },
    };
  } finally {
    await Promise.all(workers.map((x) => h.stopChild(x.child).catch(() => {})));
    for (const name of [sb.controlDb, ...Object.values(databases)]) await h.dropDatabase(name).catch(() => {});
    await h.deleteRedisPrefix(sb.prefix).catch(() => {});
    h.rmDir(sb.dir);
  }
}

/** Per platform: tenants backed up, dump files, and tenants whose backup was taken inside their run (no batch covered them). */
async function dumpsPerPlatform(h, controlDb, tenants) {
  return h.withClient(controlDb, async (client) => {
    const { rows } = await client.query(
      `SELECT r.platform, count(*)::int AS backed_up, count(DISTINCT b.location)::int AS files,
              count(*) FILTER (WHERE b.created_at >= r.started_at)::int AS in_run
       FROM tenantry.runs r JOIN tenantry.backups b ON b.id = r.backup_id
       WHERE r.scope = 'tenant' AND r.status = 'succeeded' GROUP BY r.platform`,
    );
    const byPlatform = Object.fromEntries(rows.map((r) => [r.platform, { backedUp: r.backed_up, files: r.files, inRun: r.in_run }]));
    for (const p of PLATFORMS) {
      if (byPlatform[p]?.backedUp !== tenants) throw new Error(`release-backup: expected ${tenants} backups on ${p}, found ${byPlatform[p]?.backedUp ?? 0}`);
    }
    return byPlatform;
  });
}
