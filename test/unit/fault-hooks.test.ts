import { expect } from 'chai';
import { InvalidInput } from '@tenantry/core';
import * as core from '@tenantry/core';
import { FAULT_POINTS, crashHooks } from '@tenantry/core/testing';

describe('fault points (the chaos suite’s run hooks)', () => {
  it('arm exactly one hook each', () => {
    const hooks = FAULT_POINTS.map((point) => Object.keys(crashHooks(point) ?? {}));
    expect(hooks).to.deep.equal([
      ['afterLock'],
      ['duringBackup'],
      ['betweenMigrations'],
      ['afterCommit'],
      ['duringCompensation'],
    ]);
  });

  it('arm nothing unnamed, and refuse an unknown name', () => {
    expect(crashHooks(undefined)).to.equal(undefined);
    expect(crashHooks('')).to.equal(undefined);
    expect(() => crashHooks('after-lunch')).to.throw(InvalidInput, /TENANTRY_FAULT must be one of after-lock, /);
  });

  it('are not part of the package’s API', () => {
    for (const name of ['armFaultPoint', 'FAULT_POINTS', 'crashHooks', 'installRunHooks'])
      expect(core, name).to.not.have.property(name);
  });
});
