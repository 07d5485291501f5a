import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '@tenantry/core';

const base = {
  redis: { url: 'redis://127.0.0.1:6379' },
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms: { billing: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/billing', migrations: { tenant: 'billing/tenant' } } },
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
      { ...base, redis: { url: '${REDIS_URL}' }, control: { databaseUrl: '${DATABASE_URL:-postgres://localhost/fallback}' } },
      { baseDir: '/', env: { REDIS_URL: 'redis://cache:6379' } },
    );
    expect(config.redis!.url).to.equal('redis://cache:6379');
    expect(config.control.databaseUrl).to.equal('postgres://localhost/fallback');
  });

  it('names an unset variable', () => {
    expect(() => parseConfig({ ...base, redis: { url: '${NOPE_URL}' } }, { baseDir: '/', env: {} })).to.throw(ConfigError, /NOPE_URL/);
  });

  it('rejects unknown keys, bad platform ids and bad URLs with the path of the problem', () => {
    expect(() => parseConfig({ ...base, extra: 1 }, { baseDir: '/' })).to.throw(ConfigError, /extra/);
    expect(() => parseConfig({ ...base, platforms: { 'Bad-Id': base.platforms.billing } }, { baseDir: '/' })).to.throw(ConfigError);
    expect(() => parseConfig({ ...base, control: { databaseUrl: 'mysql://x' } }, { baseDir: '/' })).to.throw(ConfigError, /control\.databaseUrl/);
  });

  it('rejects a release naming an unknown platform', () => {
    expect(() => parseConfig({ ...base, releases: { v1: { nope: '1_x' } } }, { baseDir: '/' })).to.throw(ConfigError, /unknown platform nope/);
  });

  it('gives one line for a missing or malformed file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-config-'));
    expect(() => loadConfig(path.join(dir, 'missing.json'), {})).to.throw(ConfigError, /not found/);
    writeFileSync(path.join(dir, 'bad.json'), '{ "redis": ');
    expect(() => loadConfig(path.join(dir, 'bad.json'), {})).to.throw(ConfigError, /not valid JSON/);
  });
});
