import { expect } from 'chai';
import path from 'node:path';
import { ROOT, Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

const EXAMPLES = path.join(ROOT, 'examples');

describe('the example platforms through Tenantry', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  after(async () => {
    await sandbox?.destroy();
  });

  it('moves tenants of all three platforms to v2.0.0, down to 0 and up again with the example config', async () => {
    sandbox = new Sandbox({
      platforms: {
        isp_framework: { migrations: path.join(EXAMPLES, 'isp_framework/tenant') },
        management_platform: { migrations: path.join(EXAMPLES, 'management_platform/tenant') },
        billing: { migrations: path.join(EXAMPLES, 'billing/tenant') },
      },
    });
    // the shipped config, pointed at this sandbox's databases and queue through its ${ENV} placeholders
    const env = {
      TENANTRY_CONFIG: path.join(EXAMPLES, 'tenantry.config.json'),
      DATABASE_URL: databaseUrl(sandbox.controlDb),
      ISP_FRAMEWORK_DATABASE_URL: databaseUrl(sandbox.platformDbs.isp_framework!),
      MANAGEMENT_PLATFORM_DATABASE_URL: databaseUrl(sandbox.platformDbs.management_platform!),
      BILLING_DATABASE_URL: databaseUrl(sandbox.platformDbs.billing!),
      TENANTRY_QUEUE_PREFIX: sandbox.prefix,
    };
    const cli = (args: string[]) => sandbox.cli(args, env);
    expect((await cli(['init'])).code).to.equal(0);
    for (const platform of ['isp_framework', 'management_platform', 'billing']) {
      expect((await cli(['tenants', 'add', platform, 'acme', 'globex'])).code).to.equal(0);
    }
    sandbox.startWorker({ concurrency: 4, env });
    const run = async (args: string[]) => {
      const result = await cli(args);
      expect(result.code, result.stdout + result.stderr).to.equal(0);
      return result;
    };
    const dry = await cli(['migrate', '--to', 'v2.0.0', '--dry-run', '--json']);
    expect(dry.code, dry.stderr).to.equal(0);
    const plan = JSON.parse(dry.stdout) as { runs: Array<{ platform: string; tenant: string; migrations: string[] }> };
    // one shared run per platform, then each tenant on each platform
    expect(plan.runs.filter((r) => r.tenant === '_shared').map((r) => r.platform)).to.deep.equal([
      'isp_framework',
      'management_platform',
      'billing',
    ]);
    expect(plan.runs.filter((r) => r.tenant !== '_shared')).to.have.length(6);
    expect(plan.runs.find((r) => r.platform === 'billing' && r.tenant === 'acme')!.migrations).to.have.length(9);

    await run(['migrate', '--to', 'v1.0.0', '--wait']);
    expect(await sandbox.applied('billing', 'acme')).to.have.length(5);
    await run(['migrate', '--to', 'v2.0.0', '--wait']);
    expect(await sandbox.applied('billing', 'acme')).to.have.length(9);
    // the shared migrations ran once per platform, in the platform's own schema
    const shared = await sandbox.platform<{ name: string }>(
      'billing',
      'SELECT name FROM public.pgmigrations ORDER BY id',
    );
    expect(shared.map((r) => r.name)).to.deep.equal([
      '1700000000001_create-currencies',
      '1700000000002_create-countries',
    ]);
    expect(await sandbox.ledger(`SELECT 1 FROM tenantry.runs WHERE scope = 'shared' AND noop = false`)).to.have.length(
      3,
    );
    const consistency = await cli(['consistency', '--json']);
    expect(consistency.code, consistency.stdout).to.equal(0);
    expect(await sandbox.applied('isp_framework', 'globex')).to.have.length(7);
    // a healthy fleet after a normal rollout validates clean: shared histories against the shared
    // folders, tenant histories against the tenant folders, every checksum as the files are now
    const validated = await cli(['validate', '--strict', '--json']);
    expect(validated.code, validated.stdout + validated.stderr).to.equal(0);
    const report = JSON.parse(validated.stdout) as {
      checksums: { status: string; detail: string };
      problems: unknown[];
    };
    expect(report.checksums.status, report.checksums.detail).to.equal('pass');
    expect(report.problems.filter((p) => (p as { severity: string }).severity !== 'info')).to.deep.equal([]);
    await run(['rollback', '--to', '0', '--wait']);
    for (const platform of ['isp_framework', 'management_platform', 'billing']) {
      expect(await sandbox.applied(platform, 'acme')).to.deep.equal([]);
      const left = await sandbox.platform(
        platform,
        `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'tenant_acme' AND relkind IN ('r', 'S') AND relname <> 'pgmigrations' AND relname <> 'pgmigrations_id_seq'`,
      );
      expect(left, platform).to.deep.equal([]);
    }
    await run(['migrate', '--to', 'latest', '--wait']);
    expect(await sandbox.applied('management_platform', 'acme')).to.have.length(6);
  });
});
