import { InvalidInput } from '../errors.js';

/**
 * Labels: what a tenant is, as an operator groups tenants (`tier=enterprise`, `region=eu`, a
 * bare `internal`). A label is a key with a value; a bare label has the empty value. Keys and
 * values are short, in ASCII letters, digits and `. _ - /` (keys) or `. _ -` (values), starting
 * and ending with a letter or digit: nothing a shell, a selector or a URL could misread.
 */
export type Labels = Readonly<Record<string, string>>;

export const LABEL_KEY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$/;
export const LABEL_VALUE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

export function isLabelKey(text: string): boolean {
  return LABEL_KEY_PATTERN.test(text);
}

export function isLabelValue(text: string): boolean {
  return LABEL_VALUE_PATTERN.test(text);
}

function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

export function parseLabelKey(text: string): string {
  if (!isLabelKey(text)) {
    throw new InvalidInput(
      `label key ${shown(text)} is not valid: 1 to 63 letters, digits, '.', '_', '-' or '/', starting and ending with a letter or digit`,
    );
  }
  return text;
}

/** `key=value`, or a bare `key` (the empty value). */
export function parseLabelAssignment(text: string): [key: string, value: string] {
  const eq = text.indexOf('=');
  const key = parseLabelKey(eq < 0 ? text : text.slice(0, eq));
  const value = eq < 0 ? '' : text.slice(eq + 1);
  if (eq >= 0 && !isLabelValue(value)) {
    throw new InvalidInput(
      `label value ${shown(value)} of ${key} is not valid: 1 to 63 letters, digits, '.', '_' or '-', starting and ending with a letter or digit (a bare label is written without '=')`,
    );
  }
  return [key, value];
}

/** Assignments to labels; a key given twice is a mistake, not a choice. */
export function parseLabels(texts: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const text of texts) {
    const [key, value] = parseLabelAssignment(text);
    if (Object.hasOwn(labels, key) && labels[key] !== value)
      throw new InvalidInput(`label ${key} is given twice, with two values`);
    labels[key] = value;
  }
  return labels;
}

/** `tier=enterprise, internal`, keys in order; `-` without labels. */
export function formatLabels(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return '-';
  return keys.map((k) => (labels[k] === '' ? k : `${k}=${labels[k]}`)).join(',');
}
