import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '@tenantry/core';

const base = {
  redis: { url: 'redis://127.0.0.1:6379' },
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms: {
    billing: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/billing', migrations: { tenant: 'billing/tenant' } },
  },
};

describe('config', () => {
  it('applies defaults, resolves paths against the config file and freezes the result', () => {
    const config = parseConfig(base, { baseDir: '/srv/app' });
    expect(config.platforms.billing!.tenantSchema).to.equal('tenant_{tenant}');
    expect(config.platforms.billing!.tenantMigrationsDir).to.equal('/srv/app/billing/tenant');
    expect(config.worker.concurrency).to.equal(4);
    expect(config.redis!.prefix).to.equal('tenantry');
    expect(Object.isFrozen(config.platforms.billing)).to.equal(true);
  });

  it('interpolates ${VAR} and ${VAR:-default}', () => {
    const config = parseConfig(
      {
        ...base,
        redis: { url: '${REDIS_URL}' },
        control: { databaseUrl: '${DATABASE_URL:-postgres://localhost/fallback}' },
      },
      { baseDir: '/', env: { REDIS_URL: 'redis://cache:6379' } },
    );
    expect(config.redis!.url).to.equal('redis://cache:6379');
    expect(config.control.databaseUrl).to.equal('postgres://localhost/fallback');
  });

  it('names an unset variable', () => {
    expect(() => parseConfig({ ...base, redis: { url: '${NOPE_URL}' } }, { baseDir: '/', env: {} })).to.throw(
      ConfigError,
      /NOPE_URL/,
    );
  });

  it('rejects unknown keys, bad platform ids and bad URLs with the path of the problem', () => {
    expect(() => parseConfig({ ...base, extra: 1 }, { baseDir: '/' })).to.throw(ConfigError, /extra/);
    expect(() => parseConfig({ ...base, platforms: { 'Bad-Id': base.platforms.billing } }, { baseDir: '/' })).to.throw(
      ConfigError,
    );
    expect(() => parseConfig({ ...base, control: { databaseUrl: 'mysql://x' } }, { baseDir: '/' })).to.throw(
      ConfigError,
      /control\.databaseUrl/,
    );
  });

  it('ignores $comment and $schema keys at any depth (uninterpolated), and no other $ key', () => {
    const commented = {
      $schema: './schema.json',
      $comment: 'uses ${UNSET_IN_A_COMMENT}',
      ...base,
      platforms: {
        $comment: 'platforms in release order',
        billing: { ...base.platforms.billing, '$comment-migrations': 'relative to this file' },
      },
    };
    const config = parseConfig(commented, { baseDir: '/srv/app', env: {} });
    expect(Object.keys(config.platforms)).to.deep.equal(['billing']);
    expect(config.platformOrder).to.deep.equal(['billing']);
    expect(() => parseConfig({ ...base, $note: 'x' }, { baseDir: '/' })).to.throw(ConfigError, /\$note/);
  });

  it('rejects a release naming an unknown platform', () => {
    expect(() => parseConfig({ ...base, releases: { v1: { nope: '1_x' } } }, { baseDir: '/' })).to.throw(
      ConfigError,
      /unknown platform nope/,
    );
  });

  it('gives one line for a missing or malformed file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-config-'));
    expect(() => loadConfig(path.join(dir, 'missing.json'), {})).to.throw(ConfigError, /not found/);
    writeFileSync(path.join(dir, 'bad.json'), '{ "redis": ');
    expect(() => loadConfig(path.join(dir, 'bad.json'), {})).to.throw(ConfigError, /not valid JSON/);
  });
});

describe('config: notifications and tracing', () => {
  const hook = {
    name: 'ops',
    url: 'https://hooks.example.com/tenantry',
    events: ['rollout:halted', 'run:failed'],
    secret: '${HOOK_SECRET}',
  };

  it('reads webhooks with their defaults and the secret from the environment', () => {
    const config = parseConfig(
      { ...base, notifications: { webhooks: [hook] } },
      { baseDir: '/', env: { HOOK_SECRET: 's'.repeat(32) } },
    );
    expect(config.notifications.webhooks[0]).to.deep.include({
      name: 'ops',
      secret: 's'.repeat(32),
      format: 'json',
      timeoutMs: 10_000,
      attempts: 10,
      backoffMs: 2_000,
    });
    expect(parseConfig(base, { baseDir: '/' }).notifications.webhooks).to.deep.equal([]);
    expect(parseConfig(base, { baseDir: '/' }).tracing).to.deep.equal({ serviceName: 'tenantry' });
  });

  it('refuses an unsigned json webhook, an unknown event, a non-http URL, a short secret and two webhooks of one name', () => {
    const env = { HOOK_SECRET: 's'.repeat(32) };
    const parse = (webhooks: unknown[]) => () =>
      parseConfig({ ...base, notifications: { webhooks } }, { baseDir: '/', env });
    expect(parse([{ ...hook, secret: undefined }])).to.throw(
      ConfigError,
      /notifications\.webhooks\.0\.secret: a json webhook needs a secret/,
    );
    expect(parse([{ ...hook, events: ['rollout:exploded'] }])).to.throw(
      ConfigError,
      /notifications\.webhooks\.0\.events\.0/,
    );
    expect(parse([{ ...hook, url: 'ftp://example.com/x' }])).to.throw(ConfigError, /notifications\.webhooks\.0\.url/);
    expect(parse([{ ...hook, secret: 'short' }])).to.throw(ConfigError, /at least 16/);
    expect(parse([hook, { ...hook, url: 'https://other.example.com/' }])).to.throw(ConfigError, /distinct/);
    // a Slack-compatible webhook carries its secret in its URL
    expect(
      parse([
        { name: 'chat', url: 'https://hooks.slack.com/services/T/B/X', events: ['rollout:halted'], format: 'slack' },
      ]),
    ).not.to.throw();
  });

  it('takes an OTLP endpoint for traces, and refuses one that is not a URL', () => {
    expect(
      parseConfig({ ...base, tracing: { otlpEndpoint: 'http://127.0.0.1:4318' } }, { baseDir: '/' }).tracing
        .otlpEndpoint,
    ).to.equal('http://127.0.0.1:4318');
    expect(() => parseConfig({ ...base, tracing: { otlpEndpoint: 'collector:4318' } }, { baseDir: '/' })).to.throw(
      ConfigError,
      /tracing\.otlpEndpoint/,
    );
  });
});
