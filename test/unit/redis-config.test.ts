import { expect } from 'chai';
import { ConfigError, parseConfig } from '@tenantry/core';
import { describeRedis, queuePrefixOf } from '@tenantry/queue';

const base = {
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms: {
    billing: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/billing', migrations: { tenant: 'billing/tenant' } },
  },
};

const redisOf = (redis: unknown, env: Record<string, string> = {}) =>
  parseConfig({ ...base, redis }, { baseDir: '/srv/app', env }).redis!;

describe('redis config: one server, cluster, sentinel, TLS, ACL users', () => {
  it('takes exactly one of url, cluster and sentinel', () => {
    expect(() => redisOf({ prefix: 'x' })).to.throw(
      ConfigError,
      /give exactly one of redis\.url, redis\.cluster or redis\.sentinel/,
    );
    expect(() => redisOf({ url: 'redis://a:6379', cluster: { nodes: ['a:6379'] } })).to.throw(
      ConfigError,
      /exactly one/,
    );
    expect(() => redisOf({ cluster: { nodes: [] } })).to.throw(ConfigError, /redis\.cluster\.nodes/);
    expect(() => redisOf({ sentinel: { name: 'm', nodes: ['s1'] } })).to.throw(
      ConfigError,
      /redis\.sentinel\.nodes\.0: must be host:port/,
    );
    expect(redisOf({ sentinel: { name: 'm', nodes: ['s1:26379', '[::1]:26379'] } }).sentinel).to.deep.include({
      name: 'm',
      db: 0,
      tls: false,
    });
  });

  it('gives the queue keys a hash tag on a cluster only, keeping a prefix already in braces', () => {
    expect(queuePrefixOf(redisOf({ cluster: { nodes: ['a:6379'] } }))).to.equal('{tenantry}');
    expect(queuePrefixOf(redisOf({ cluster: { nodes: ['a:6379'] }, prefix: '{fleet}' }))).to.equal('{fleet}');
    expect(queuePrefixOf(redisOf({ url: 'redis://a:6379', prefix: 'fleet' }))).to.equal('fleet');
    expect(() => redisOf({ url: 'redis://a:6379', prefix: '{a}b' })).to.throw(ConfigError, /redis\.prefix/);
  });

  it('resolves TLS files against the config file, keeps PEM text, and wants cert and key together', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----';
    const redis = redisOf(
      { url: 'rediss://a:6380', tls: { ca: 'certs/ca.pem', cert: '/etc/c.pem', key: '${KEY}' } },
      { KEY: pem },
    );
    expect(redis.tls).to.deep.include({
      ca: '/srv/app/certs/ca.pem',
      cert: '/etc/c.pem',
      key: pem,
      rejectUnauthorized: true,
    });
    expect(() => redisOf({ url: 'rediss://a:6380', tls: { cert: 'c.pem' } })).to.throw(
      ConfigError,
      /redis\.tls: give both cert and key, or neither/,
    );
  });

  it('describes where Redis is with its user and TLS, never a password', () => {
    expect(describeRedis(redisOf({ url: 'rediss://ops:s3cret@cache:6380/2' }))).to.equal(
      'Redis at cache:6380/2 as ops, TLS',
    );
    expect(describeRedis(redisOf({ url: 'redis://cache', username: 'ops', password: 's3cret' }))).to.equal(
      'Redis at cache:6379/0 as ops',
    );
    expect(describeRedis(redisOf({ cluster: { nodes: ['a:1', 'b:2'] }, tls: {} }))).to.equal(
      'Redis Cluster at a:1, b:2, TLS',
    );
    expect(describeRedis(redisOf({ sentinel: { name: 'm', nodes: ['s:26379'] } }))).to.equal(
      'Redis Sentinel master m via s:26379',
    );
  });
});
