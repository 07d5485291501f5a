import type { LabelFilter, Requirement, Selector } from '../tenants/selector.js';

/**
 * A label filter as an SQL predicate over the tenants table's `labels` column, its values bound
 * as parameters appended to `params`. Equality uses `@>` and presence `?`, which the GIN index
 * tenants_labels serves.
 */
export function labelFilterSql(filter: LabelFilter, params: unknown[], column = 'labels'): string {
  const parts: string[] = [];
  if (filter.where) parts.push(selectorSql(filter.where, params, column));
  if (filter.exclude) parts.push(`NOT (${selectorSql(filter.exclude, params, column)})`);
  return parts.length === 0 ? 'true' : parts.join(' AND ');
}

function selectorSql(selector: Selector, params: unknown[], column: string): string {
  return selector.requirements.map((r) => requirementSql(r, params, column)).join(' AND ');
}

function requirementSql(r: Requirement, params: unknown[], column: string): string {
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  switch (r.op) {
    case 'exists':
      return `${column} ? ${bind(r.key)}::text`;
    case 'absent':
      return `NOT (${column} ? ${bind(r.key)}::text)`;
    case 'eq':
      return `${column} @> ${bind(JSON.stringify({ [r.key]: r.value }))}::jsonb`;
    case 'ne':
      return `NOT (${column} @> ${bind(JSON.stringify({ [r.key]: r.value }))}::jsonb)`;
    case 'in':
      return `(${column} ->> ${bind(r.key)}::text) = ANY(${bind(r.values)}::text[])`;
    case 'notin':
      return `NOT coalesce((${column} ->> ${bind(r.key)}::text) = ANY(${bind(r.values)}::text[]), false)`;
  }
}
