import { expect } from 'chai';
import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ControlDb, PoolRegistry, loadConfig, silentLogger, waitForRollout } from '@tenantry/core';
import { RolloutService, openQueueStore, startWorker } from '@tenantry/queue';
import { Sandbox, tenantIds } from '../helpers/sandbox.js';

const V1 = '1710000000002_add-account-name';

describe('traces: a rollout, its runs and their phases as OpenTelemetry spans', function () {
  this.timeout(120_000);
  let sandbox: Sandbox | undefined;
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

  before(() => provider.register());
  after(async () => {
    await provider.shutdown();
    // unregistered, so that no later test in this process is traced
    trace.disable();
    context.disable();
    propagation.disable();
    await sandbox?.destroy();
  });

  it('gives one trace per rollout: the rollout span, a span per run under it, and lock, backup, migrate and record under each run', async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { backup: { strategy: 'pg_dump', dir: './backups' } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    const tenants = tenantIds(3);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    const config = loadConfig(sandbox.configFile, process.env);
    const store = openQueueStore(config);
    const control = new ControlDb(config, { max: 2 });
    const pools = new PoolRegistry(2);
    const worker = await startWorker({ config, logger: silentLogger, concurrency: 2 });
    const rollouts = new RolloutService({
      config,
      control,
      pools,
      logger: silentLogger,
      queue: () => store.runQueue(),
    });
    let rolloutId: string;
    try {
      const first = await rollouts.create({ kind: 'migrate', target: V1, canary: 0, backup: 'none' });
      expect((await waitForRollout(control, first.rolloutId, { timeoutMs: 60_000 })).summary.status).to.equal(
        'succeeded',
      );
      // a tenant whose next migration fails: its run span says so
      await sandbox.platform('accounts', `INSERT INTO tenant_c0003.accounts (email) VALUES ('dup@x'), ('dup@x')`);
      exporter.reset();
      const rollout = await rollouts.create({ kind: 'migrate', target: 'latest', canary: 0, backup: 'pg_dump' });
      rolloutId = rollout.rolloutId;
      const outcome = await waitForRollout(control, rolloutId, { timeoutMs: 60_000 });
      expect(outcome.summary.status).to.equal('failed');
    } finally {
      await worker.close();
      await store.close();
      await pools.close();
      await control.close();
    }
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const named = (name: string) => spans.filter((s) => s.name === name);
    const childrenOf = (parent: ReadableSpan) =>
      spans.filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

    const [root, ...more] = named('tenantry.rollout');
    expect(more).to.have.length(0);
    expect(root!.parentSpanContext).to.equal(undefined);
    expect(root!.attributes).to.include({
      'tenantry.rollout.id': rolloutId!,
      'tenantry.rollout.kind': 'migrate',
      'tenantry.rollout.runs': 3,
    });
    const traceId = root!.spanContext().traceId;

    // the tenants' backups, taken in a batch, and every run: children of the rollout, in its trace
    const runs = named('tenantry.run').filter((s) => s.attributes['tenantry.outcome'] !== 'deferred');
    expect(runs.map((s) => s.attributes['tenantry.tenant']).sort()).to.deep.equal(tenants);
    expect(named('tenantry.backup-batch').length).to.be.at.least(1);
    for (const span of [...runs, ...named('tenantry.backup-batch')]) {
      expect(span.spanContext().traceId, span.name).to.equal(traceId);
      expect(span.parentSpanContext?.spanId, span.name).to.equal(root!.spanContext().spanId);
      expect(span.attributes['tenantry.rollout.id']).to.equal(rolloutId!);
      expect(span.attributes['tenantry.platform']).to.equal('accounts');
    }
    for (const run of runs) {
      expect(run.attributes['tenantry.run.id']).to.match(/^[0-9a-f-]{36}$/);
      const phases = childrenOf(run).map((s) => s.name);
      expect(phases, String(run.attributes['tenantry.tenant'])).to.deep.equal([
        'tenantry.lock',
        'tenantry.backup',
        'tenantry.migrate',
        'tenantry.record',
      ]);
      for (const phase of childrenOf(run)) expect(phase.spanContext().traceId).to.equal(traceId);
    }
    const outcomes = Object.fromEntries(
      runs.map((s) => [s.attributes['tenantry.tenant'], s.attributes['tenantry.outcome']]),
    );
    expect(outcomes).to.deep.equal({ c0001: 'succeeded', c0002: 'succeeded', c0003: 'failed' });
    // the failed run's migrate phase is the span marked as an error
    const failedRun = runs.find((s) => s.attributes['tenantry.tenant'] === 'c0003')!;
    const migrate = childrenOf(failedRun).find((s) => s.name === 'tenantry.migrate')!;
    expect(migrate.status.code).to.equal(2); // SpanStatusCode.ERROR
    expect(failedRun.status.code).to.equal(2);
    expect(
      childrenOf(runs.find((s) => s.attributes['tenantry.tenant'] === 'c0001')!).every((s) => s.status.code !== 2),
    ).to.equal(true);
  });
});
