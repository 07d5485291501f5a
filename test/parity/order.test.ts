import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadMigrations } from 'node-pg-migrate/runner';
import { readMigrationSet } from '@tenantry/core';

/**
 * Names and order against node-pg-migrate's own loading (its `loadMigrations`, the runner's first
 * step), on generated folders: prefixes of every width (17 digits read as UTC dates, 13-digit
 * timestamps, short indexes), ties, case, `-` or `_` after the number, several extensions.
 */
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

const prefix = fc.oneof(
  fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }).map(String),
  fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().replace(/\D/g, '')),
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  fc.constantFrom('1700000000000', '20231114221320000'),
);
const file = fc.record({
  prefix,
  separator: fc.constantFrom('_', '-'),
  word: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}$/),
  ext: fc.constantFrom('.js', '.sql', '.ts', '.cjs', '.mjs'),
});

describe("migration order: Tenantry's catalog and node-pg-migrate's loading agree", function () {
  this.timeout(120_000);
  const root = mkdtempSync(path.join(tmpdir(), 'tenantry-order-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('on generated folders, the same names in the same order', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(file, {
          minLength: 1,
          maxLength: 8,
          selector: (f) => `${f.prefix}${f.separator}${f.word}`.toLowerCase(),
        }),
        async (files) => {
          const dir = path.join(root, String((n += 1)));
          (await import('node:fs')).mkdirSync(dir);
          for (const f of files) {
            const body =
              f.ext === '.sql'
                ? '-- Up Migration\nSELECT 1;\n'
                : f.ext === '.cjs'
                  ? 'exports.up = () => {};\n'
                  : 'export const up = () => {};\n';
            writeFileSync(path.join(dir, `${f.prefix}${f.separator}${f.word}${f.ext}`), body);
          }
          const theirs = (
            await loadMigrations(
              {} as never,
              { dir, migrationsTable: 'pgmigrations', logger: quiet } as never,
              quiet as never,
            )
          ).map((m) => m.name);
          expect(readMigrationSet(dir).migrations.map((m) => m.name)).to.deep.equal(theirs);
        },
      ),
      { numRuns: 40 },
    );
  });
});
