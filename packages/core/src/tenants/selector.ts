import { InvalidInput } from '../errors.js';
import { isLabelKey, isLabelValue, type Labels } from './labels.js';

/**
 * The one selector syntax of every command that selects tenants (`--where`, `--exclude`,
 * `--canary-where`, the API's `where`, the dashboard's filter). Requirements are separated by
 * commas, and all must hold:
 *
 *   key=value   key==value   the label has this value
 *   key!=value               it has another value, or no such label
 *   key in (a,b)             its value is one of these
 *   key notin (a,b)          it has none of these values, or no such label
 *   key                      the label is present (bare labels included)
 *   !key                     the label is absent
 *
 * Spaces around tokens do not matter. A mistake is an InvalidInput naming its position.
 */
export type Requirement =
  | { key: string; op: 'exists' | 'absent' }
  | { key: string; op: 'eq' | 'ne'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] };

export interface Selector {
  /** the selector as written, for messages */
  text: string;
  requirements: Requirement[];
}

interface Token {
  kind: 'word' | 'eq' | 'ne' | 'not' | 'open' | 'close' | 'comma' | 'end';
  text: string;
  /** 1-based character position */
  at: number;
}

const WORD = /[A-Za-z0-9._/-]/;

function tokenize(text: string, describe: (at: number, message: string) => InvalidInput): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const at = i + 1;
    if (WORD.test(c)) {
      let j = i;
      while (j < text.length && WORD.test(text[j]!)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), at });
      i = j;
    } else if (text.startsWith('!=', i)) {
      tokens.push({ kind: 'ne', text: '!=', at });
      i += 2;
    } else if (text.startsWith('==', i)) {
      tokens.push({ kind: 'eq', text: '==', at });
      i += 2;
    } else {
      const kinds: Record<string, Token['kind']> = { '=': 'eq', '!': 'not', '(': 'open', ')': 'close', ',': 'comma' };
      const kind = kinds[c];
      if (!kind) throw describe(at, `unexpected character ${JSON.stringify(c)}`);
      tokens.push({ kind, text: c, at });
      i++;
    }
  }
  tokens.push({ kind: 'end', text: 'the end', at: text.length + 1 });
  return tokens;
}

/** Parses a selector; `option` names where it came from (`--where`) in the error. */
export function parseSelector(text: string, option = 'selector'): Selector {
  const fail = (at: number, message: string) =>
    new InvalidInput(
      `bad ${option} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}: ${message} at position ${at}`,
    );
  if (typeof text !== 'string' || text.trim() === '')
    throw new InvalidInput(`bad ${option}: it is empty (write e.g. tier=enterprise,region in (eu,uk))`);
  const tokens = tokenize(text, fail);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const next = () => tokens[pos++]!;
  const near = (t: Token) => (t.kind === 'end' ? 'the end' : JSON.stringify(t.text));
  const key = (): string => {
    const t = next();
    if (t.kind !== 'word') throw fail(t.at, `expected a label key, found ${near(t)}`);
    if (!isLabelKey(t.text)) throw fail(t.at, `${JSON.stringify(t.text)} is not a label key`);
    return t.text;
  };
  const value = (): string => {
    const t = next();
    if (t.kind !== 'word') throw fail(t.at, `expected a label value, found ${near(t)}`);
    if (!isLabelValue(t.text)) throw fail(t.at, `${JSON.stringify(t.text)} is not a label value`);
    return t.text;
  };
  const requirement = (): Requirement => {
    if (peek().kind === 'not') {
      next();
      return { key: key(), op: 'absent' };
    }
    const k = key();
    const t = peek();
    if (t.kind === 'eq' || t.kind === 'ne') {
      next();
      return { key: k, op: t.kind, value: value() };
    }
    if (t.kind === 'word' && (t.text === 'in' || t.text === 'notin')) {
      next();
      const open = next();
      if (open.kind !== 'open') throw fail(open.at, `expected "(" after ${t.text}, found ${near(open)}`);
      const values = [value()];
      while (peek().kind === 'comma') {
        next();
        values.push(value());
      }
      const close = next();
      if (close.kind !== 'close')
        throw fail(close.at, `expected "," or ")" in the list of values, found ${near(close)}`);
      return { key: k, op: t.text, values: [...new Set(values)] };
    }
    if (t.kind === 'comma' || t.kind === 'end') return { key: k, op: 'exists' };
    throw fail(t.at, `expected "=", "!=", "in", "notin" or "," after ${k}, found ${near(t)}`);
  };
  const requirements = [requirement()];
  while (peek().kind !== 'end') {
    const t = next();
    if (t.kind !== 'comma') throw fail(t.at, `expected "," between requirements, found ${near(t)}`);
    requirements.push(requirement());
  }
  return { text, requirements };
}

/** Whether labels satisfy a selector (the same rules as its SQL, for what is already loaded). */
export function matchesSelector(selector: Selector, labels: Labels): boolean {
  return selector.requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.op) {
      case 'exists':
        return has;
      case 'absent':
        return !has;
      case 'eq':
        return has && value === r.value;
      case 'ne':
        return !has || value !== r.value;
      case 'in':
        return has && r.values.includes(value!);
      case 'notin':
        return !has || !r.values.includes(value!);
    }
  });
}

/** Which tenants a command selects by their labels: those matching `where`, minus those matching `exclude`. */
export interface LabelFilter {
  where?: Selector;
  exclude?: Selector;
}

/** Parses the `where` and `exclude` of a request (strings as typed); absent ones select everything. */
export function parseLabelFilter(request: { where?: string | undefined; exclude?: string | undefined }): LabelFilter {
  return {
    ...(request.where !== undefined ? { where: parseSelector(request.where, '--where') } : {}),
    ...(request.exclude !== undefined ? { exclude: parseSelector(request.exclude, '--exclude') } : {}),
  };
}

export function describeLabelFilter(filter: LabelFilter): string {
  return [filter.where ? `where ${filter.where.text}` : '', filter.exclude ? `excluding ${filter.exclude.text}` : '']
    .filter(Boolean)
    .join(', ');
}
