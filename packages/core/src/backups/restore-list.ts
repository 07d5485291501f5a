/**
 * Which entries of a dump restore one schema, read from `pg_restore --list`. `--schema` alone
 * leaves out the schema's own grants (`ACL - SCHEMA x`) and owner, so the restore goes through a
 * list of exactly: every entry in the schema (tables, data, indexes, their grants, the schema's
 * default privileges) and the schema's grants. A dump may hold many tenants: nothing else.
 *
 * A list line is `<id>; <catalog oid> <oid> <DESC WORDS> <namespace> <tag ...> <owner>`: the
 * description is upper-case words, the namespace the first token after it ("-" when none).
 */

export interface ListedEntry {
  line: string;
  description: string;
  namespace: string;
  tag: string;
  owner: string;
}

export function parseList(text: string): ListedEntry[] {
  const entries: ListedEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^\d+; \d+ \d+ (.+)$/.exec(line.trim());
    if (!match) continue; // comments, blank lines
    const tokens = match[1]!.split(' ');
    const at = tokens.findIndex((t) => t !== t.toUpperCase() || t === '-' || /^[_0-9]/.test(t));
    if (at <= 0 || tokens.length < at + 2) continue;
    entries.push({
      line: line.trim(),
      description: tokens.slice(0, at).join(' '),
      namespace: tokens[at]!,
      tag: tokens.slice(at + 1, -1).join(' '),
      owner: tokens.at(-1)!,
    });
  }
  return entries;
}

/** The entries that restore `schema`, and the schema's own owner in the dump. */
export function entriesOfSchema(
  entries: readonly ListedEntry[],
  schema: string,
): { selected: ListedEntry[]; schemaOwner: string | undefined } {
  const selected = entries.filter(
    (e) => e.namespace === schema || (e.description === 'ACL' && e.namespace === '-' && e.tag === `SCHEMA ${schema}`),
  );
  const schemaOwner = entries.find((e) => e.description === 'SCHEMA' && e.namespace === '-' && e.tag === schema)?.owner;
  return { selected, schemaOwner };
}
