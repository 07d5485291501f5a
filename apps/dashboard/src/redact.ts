import { redactSecrets } from '@tenantry/core';

/** Text from the ledger (run errors) shown to people, with every secret hidden (core's rule). */
export const redactText = redactSecrets;

export function redactNullable(text: string | null): string | null {
  return text === null ? null : redactText(text);
}
