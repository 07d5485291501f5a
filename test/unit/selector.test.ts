import { expect } from 'chai';
import { InvalidInput, formatLabels, matchesSelector, parseLabels, parseSelector } from '@tenantry/core';
import { labelFilterSql } from '@tenantry/core/internal';

describe('tenant selectors and labels', () => {
  it('parses every kind of requirement, spaces or not', () => {
    expect(
      parseSelector('tier=enterprise, region in (eu, uk),internal,!suspended, plan != free, zone notin (a,b), x==y')
        .requirements,
    ).to.deep.equal([
      { key: 'tier', op: 'eq', value: 'enterprise' },
      { key: 'region', op: 'in', values: ['eu', 'uk'] },
      { key: 'internal', op: 'exists' },
      { key: 'suspended', op: 'absent' },
      { key: 'plan', op: 'ne', value: 'free' },
      { key: 'zone', op: 'notin', values: ['a', 'b'] },
      { key: 'x', op: 'eq', value: 'y' },
    ]);
  });

  it('matches labels by the documented rules (absent labels satisfy != and notin)', () => {
    const acme = { tier: 'enterprise', region: 'eu', internal: '' };
    const globex = { tier: 'free', region: 'us' };
    const match = (text: string) => [acme, globex].map((labels) => matchesSelector(parseSelector(text), labels));
    expect(match('tier=enterprise,region in (eu,uk)')).to.deep.equal([true, false]);
    expect(match('internal')).to.deep.equal([true, false]);
    expect(match('!internal')).to.deep.equal([false, true]);
    expect(match('internal!=x')).to.deep.equal([true, true]);
    expect(match('plan!=gold')).to.deep.equal([true, true]);
    expect(match('region notin (eu)')).to.deep.equal([false, true]);
    expect(match('plan notin (gold)')).to.deep.equal([true, true]);
  });

  it('names the mistake and its position, as bad input', () => {
    const mistakes: Array<[string, RegExp]> = [
      ['', /it is empty/],
      ['tier=', /expected a label value, found the end at position 6/],
      ['tier=enterprise region=eu', /expected "," between requirements, found "region" at position 17/],
      ['region in eu', /expected "\(" after in, found "eu" at position 11/],
      ['region in (eu,uk', /expected "," or "\)" in the list of values, found the end at position 17/],
      ['tier=a;drop', /unexpected character ";" at position 7/],
      ['=x', /expected a label key, found "=" at position 1/],
      ['tier,', /expected a label key, found the end at position 6/],
      ['tier=-x', /"-x" is not a label value at position 6/],
      ['a b', /expected "=", "!=", "in", "notin" or "," after a, found "b" at position 3/],
    ];
    for (const [text, message] of mistakes) {
      expect(() => parseSelector(text, '--where'), text).to.throw(InvalidInput, message);
    }
    expect(() => parseSelector('tier=', '--where')).to.throw(/^bad --where "tier=": /);
  });

  it('compiles to SQL with every value bound, never pasted', () => {
    const params: unknown[] = [];
    const sql = labelFilterSql(
      { where: parseSelector('tier=enterprise,region in (eu,uk),internal'), exclude: parseSelector('!x') },
      params,
    );
    expect(sql).to.equal(
      'labels @> $1::jsonb AND (labels ->> $2::text) = ANY($3::text[]) AND labels ? $4::text AND NOT (NOT (labels ? $5::text))',
    );
    expect(params).to.deep.equal(['{"tier":"enterprise"}', 'region', ['eu', 'uk'], 'internal', 'x']);
    expect(labelFilterSql({}, [])).to.equal('true');
  });

  it('parses label assignments, bare ones included, and refuses bad keys and values', () => {
    expect(parseLabels(['tier=enterprise', 'internal', 'region=eu'])).to.deep.equal({
      tier: 'enterprise',
      internal: '',
      region: 'eu',
    });
    expect(formatLabels({ tier: 'enterprise', internal: '' })).to.equal('internal,tier=enterprise');
    expect(formatLabels({})).to.equal('-');
    expect(() => parseLabels(['tier=a', 'tier=b'])).to.throw(InvalidInput, /given twice/);
    expect(() => parseLabels(['ti er=a'])).to.throw(InvalidInput, /label key "ti er" is not valid/);
    expect(() => parseLabels(['tier=a b'])).to.throw(InvalidInput, /label value "a b" of tier is not valid/);
    expect(() => parseLabels(['tier='])).to.throw(InvalidInput, /label value "" of tier/);
  });
});
