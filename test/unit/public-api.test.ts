import { expect } from 'chai';
import * as core from '@tenantry/core';
import {
  ConfigError,
  DependencyMissing,
  ERROR_CODES,
  InvalidInput,
  MigrationFailed,
  MigrationHistoryMismatch,
  MigrationLoadFailed,
  NotFound,
  RolloutConflict,
  ServiceUnreachable,
  TenantLockBusy,
  TenantryError,
  UnknownTarget,
  hasCode,
} from '@tenantry/core';
import * as internal from '@tenantry/core/internal';

describe('the public API of @tenantry/core', () => {
  it('keeps the run protocol, lock internals and SQL fragments in the internal entry only', () => {
    for (const name of [
      'executeRun',
      'workerAliveSql',
      'tenantLockKey',
      'tryLockTenant',
      'migrateSteps',
      'owedWrite',
      'releaseSession',
    ]) {
      expect(Object.keys(internal), name).to.include(name);
      expect(Object.keys(core), name).to.not.include(name);
    }
    expect(Object.keys(core)).to.not.include('PGliteClient');
  });

  it('gives each exported name one entry', () => {
    const both = Object.keys(internal).filter((name) => Object.hasOwn(core, name));
    expect(both).to.deep.equal([]);
  });
});

describe('error codes', () => {
  it('take their exit code from the catalogue: 2 for bad input, nothing changed; 1 for a failed operation', () => {
    const badInput = [
      new InvalidInput('x'),
      new ConfigError('x'),
      new ServiceUnreachable('postgresql', 'x'),
      new UnknownTarget('x'),
      new NotFound('x'),
      new DependencyMissing('pkg', 'x'),
      new MigrationLoadFailed('m', 'm.js', 'x'),
      new RolloutConflict('x', 'r'),
    ];
    const failed = [
      new TenantLockBusy('p', 't'),
      new MigrationFailed('p', 't', 'm', '42P01', 'x'),
      new MigrationHistoryMismatch('x'),
      new TenantryError('TIMEOUT', 'x'),
    ];
    for (const error of badInput) expect([error.code, error.exitCode]).to.deep.equal([error.code, 2]);
    for (const error of failed) expect([error.code, error.exitCode]).to.deep.equal([error.code, 1]);
    for (const error of [...badInput, ...failed])
      expect(error.exitCode, error.code).to.equal(ERROR_CODES[error.code].exitCode);
  });

  it('let a thrower that knows better set the exit code', () => {
    expect(new TenantryError('BACKUP_TOOL', 'pg_dump failed', { exitCode: 1 }).exitCode).to.equal(1);
    expect(new TenantryError('BACKUP_TOOL', 'pg_dump was not found').exitCode).to.equal(2);
  });

  it('are matched by code across process boundaries, where instanceof cannot be', () => {
    const fromAnotherProcess = JSON.parse(JSON.stringify({ code: 'NOT_FOUND', message: 'no rollout x' })) as unknown;
    expect(hasCode(fromAnotherProcess, 'NOT_FOUND', 'INVALID_INPUT')).to.equal(true);
    expect(hasCode(fromAnotherProcess, 'INVALID_INPUT')).to.equal(false);
    expect(hasCode(null, 'NOT_FOUND')).to.equal(false);
  });
});
