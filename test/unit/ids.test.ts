import { expect } from 'chai';
import { InvalidInput, parsePlatformId, parseTenantId, tenantSchemaName, type TenantId } from '@tenantry/core';

describe('identifiers', () => {
  it('accepts lower-case ids with digits and underscores', () => {
    expect(parseTenantId('acme_01')).to.equal('acme_01');
    expect(parseTenantId('1042')).to.equal('1042');
    expect(parsePlatformId('isp_framework')).to.equal('isp_framework');
  });

  const hostile = [
    'a"; DROP SCHEMA public; --',
    'Acme',
    'acme-corp',
    'acme:1',
    '',
    '_acme',
    'ac me',
    'acmé',
    'acme\u0000',
    "o'hara",
    'x'.repeat(49),
  ];
  for (const value of hostile) {
    it(`rejects ${JSON.stringify(value).slice(0, 40)} with a typed one-line error`, () => {
      expect(() => parseTenantId(value))
        .to.throw(InvalidInput)
        .with.property('exitCode', 2);
      try {
        parseTenantId(value);
      } catch (error) {
        expect((error as Error).message).to.not.include('\n');
      }
    });
  }

  it('rejects non-strings', () => {
    expect(() => parseTenantId(42)).to.throw(InvalidInput);
    expect(() => parseTenantId(null)).to.throw(InvalidInput);
  });

  it("refuses ids whose schema name passes PostgreSQL's 63-byte limit", () => {
    const tenant = parseTenantId('x'.repeat(48));
    expect(tenantSchemaName('tenant_{tenant}', tenant)).to.have.length(55);
    expect(() => tenantSchemaName('customer_schema_{tenant}', tenant)).to.throw(InvalidInput, /63-byte/);
  });

  it('expands the schema template', () => {
    expect(tenantSchemaName('t_{tenant}_v1', 'acme' as TenantId)).to.equal('t_acme_v1');
  });
});
