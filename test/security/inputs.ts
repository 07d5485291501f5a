import fc from 'fast-check';

/**
 * Hostile input for every boundary: curated strings (the classics, each for a reason) and
 * fast-check arbitraries for the generated set. Generated inputs come from one seed, printed by
 * the tests, so a failure is reproduced with `TENANTRY_FUZZ_SEED=<seed> npx mocha <file>`.
 */
export const SEED = process.env.TENANTRY_FUZZ_SEED ? Number(process.env.TENANTRY_FUZZ_SEED) : 20_261_124;

/** Every SQL-shaped string names this table: if one reached SQL unescaped, the table would go. */
export const CANARY_TABLE = 'security_canary';

/** Strings that must never be taken as an identifier, a name or a number. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  `a"; DROP TABLE ${CANARY_TABLE}; --`,
  `x'; DROP TABLE ${CANARY_TABLE}; --`,
  `acme; DROP TABLE ${CANARY_TABLE}`,
  `acme") ; DROP TABLE public.${CANARY_TABLE} CASCADE; --`,
  `' OR '1'='1`,
  `$$; DROP TABLE ${CANARY_TABLE}; $$`,
  `acme\\'; DROP TABLE ${CANARY_TABLE}; --`,
  '"acme"',
  "acme'",
  'Acme',
  'ACME',
  'tenant:1',
  'a b',
  'a\tb',
  'a\nb',
  'a\r\nb',
  'a\u0000b',
  '\u0000',
  'acme\u0000; DROP TABLE x',
  'ü',
  'ａｃｍｅ',
  'acme\u200b',
  'аcme',
  '😀',
  '\u202eemca',
  '\ud800',
  'x'.repeat(49),
  'x'.repeat(64),
  'é'.repeat(40),
  'x'.repeat(10_000),
  '../../etc/passwd',
  '..',
  '.',
  '-',
  '--',
  '-x',
  '_acme',
  'acme/../../x',
  '$(touch /tmp/tenantry-pwned)',
  '`id`',
  '${HOME}',
  '%s%s%s%n',
  '%00',
  '\\',
  'a\\"b',
  '__proto__',
  '{tenant}',
  '*',
  '%',
  ',,,',
  'a,b;c',
  'pg_catalog',
  'public',
  'constructor',
];

/** Values for numeric options (--canary, --wave-size, --max-failures, --keep, --concurrency, --port). */
export const HOSTILE_NUMBERS: readonly string[] = [
  '',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '9'.repeat(400),
  '0x10',
  '  5',
  '5 ',
  '5%%',
  '101%',
  '-5%',
  '%',
  `1; DROP TABLE ${CANARY_TABLE}`,
  '٣',
  '１',
  '5\u0000',
  'lots',
];

/** Migration targets: releases, names and numbers that are not there or not well formed. */
export const HOSTILE_TARGETS: readonly string[] = [
  ...HOSTILE_STRINGS,
  `1710000000001_x'; DROP TABLE ${CANARY_TABLE}; --`,
  '1710000000001_create-accounts"',
  '99999999999999999999999999_x',
  'v9.9.9',
  '-1',
  '00',
  'LATEST',
  'latest; DROP',
];

/** Rollout and backup ids. */
export const HOSTILE_UUIDS: readonly string[] = [
  ...HOSTILE_STRINGS.slice(0, 20),
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '00000000-0000-0000-0000-000000000000\n',
  "00000000-0000-0000-0000-000000000000' OR '1'='1",
  '00000000-0000-0000-0000-00000000000',
  '{00000000-0000-0000-0000-000000000000}',
];

const FRAGMENTS = [
  "'",
  '"',
  ';',
  '--',
  ' ',
  '\u0000',
  '\n',
  'ü',
  '😀',
  '\\',
  '$$',
  '/*',
  '*/',
  ':',
  ',',
  '%',
  '{tenant}',
  'DROP TABLE ' + CANARY_TABLE,
  '\u200b',
  'Ä',
];

/** A string built to look almost valid: an allowed id with something hostile spliced in. */
const nearlyValid = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9_]{0,12}$/),
    fc.constantFrom(...FRAGMENTS),
    fc.stringMatching(/^[a-z0-9_]{0,8}$/),
  )
  .map(([a, b, c]) => a + b + c);

/** Anything a person or a script might pass: full Unicode, lone surrogates, control bytes, long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nearlyValid },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 49, maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  },
);

export const hostileNumber: fc.Arbitrary<string> = fc.oneof(
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer().map((n) => `${n}%`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...FRAGMENTS)).map(([n, f]) => `${n}${f}`),
  hostileString,
);

/** `count` values of an arbitrary, the same every time for one seed (offset keeps streams apart). */
export function generate<T>(arbitrary: fc.Arbitrary<T>, count: number, offset = 0): T[] {
  return fc.sample(arbitrary, { seed: SEED + offset, numRuns: count });
}
