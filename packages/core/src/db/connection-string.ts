import { parse } from 'pg-connection-string';

/**
 * PostgreSQL connection strings in every form libpq and node-postgres accept
 * (`postgres://user:pw@host:port/db`, `postgres:///db?host=/run/postgresql&port=5433`,
 * `postgres://user@/db`), taken apart without WHATWG `URL`, which refuses the last two.
 */
interface Parts {
  scheme: string;
  user: string | undefined;
  password: string | undefined;
  hosts: string;
  path: string;
  params: Array<[string, string]>;
}

function split(url: string): Parts {
  const match = /^(postgres(?:ql)?:\/\/)([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (!match) throw new Error('not a postgres:// connection string');
  const [, scheme, authority = '', path = '', query = ''] = match;
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
  const colon = userinfo?.indexOf(':') ?? -1;
  const params = query
    .split('&')
    .filter((p) => p.length > 0)
    .map((p): [string, string] => {
      const eq = p.indexOf('=');
      return eq < 0
        ? [decodeURIComponent(p), '']
        : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
    });
  return {
    scheme: scheme!,
    user: userinfo === undefined ? undefined : colon >= 0 ? userinfo.slice(0, colon) : userinfo,
    password: colon >= 0 ? decodeURIComponent(userinfo!.slice(colon + 1)) : undefined,
    hosts: at >= 0 ? authority.slice(at + 1) : authority,
    path,
    params,
  };
}

function join(parts: Parts): string {
  const userinfo =
    parts.user !== undefined
      ? `${parts.user}${parts.password !== undefined ? `:${encodeURIComponent(parts.password)}` : ''}@`
      : '';
  const query = parts.params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `${parts.scheme}${userinfo}${parts.hosts}${parts.path}${query ? `?${query}` : ''}`;
}

/** The same connection, to another database of the same server. */
export function withDatabase(url: string, database: string): string {
  const parts = split(url);
  return join({
    ...parts,
    path: `/${encodeURIComponent(database)}`,
    params: parts.params.filter(([k]) => k !== 'dbname'),
  });
}

/** The database a connection string names (libpq's default: the user's name; PG* variables aside). */
export function databaseOf(url: string): string {
  const parsed = parse(url);
  return parsed.database || parsed.user || 'postgres';
}

/** libpq's connection keywords: whatever else a string carries is node-postgres's own, and libpq would refuse it. */
const LIBPQ_KEYWORDS = new Set([
  'host',
  'hostaddr',
  'port',
  'dbname',
  'user',
  'passfile',
  'channel_binding',
  'connect_timeout',
  'client_encoding',
  'options',
  'application_name',
  'fallback_application_name',
  'keepalives',
  'keepalives_idle',
  'keepalives_interval',
  'keepalives_count',
  'tcp_user_timeout',
  'sslmode',
  'requiressl',
  'sslcompression',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'sslcrl',
  'sslcrldir',
  'sslsni',
  'requirepeer',
  'ssl_min_protocol_version',
  'ssl_max_protocol_version',
  'gssencmode',
  'krbsrvname',
  'gsslib',
  'service',
  'target_session_attrs',
]);

/**
 * The connection for libpq's tools (pg_dump, pg_restore): the whole connection string for
 * `--dbname`, minus its secrets, which go in the environment (PGPASSWORD, never argv).
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parts = split(url);
  const env: Record<string, string> = {};
  const password = parts.params.find(([k]) => k === 'password')?.[1] ?? parts.password;
  if (password !== undefined) env.PGPASSWORD = password;
  const ssl = parts.params.find(([k]) => k === 'ssl')?.[1];
  const params = parts.params.filter(([k]) => LIBPQ_KEYWORDS.has(k));
  // node-postgres's ssl=true is TLS with the certificate checked
  if ((ssl === 'true' || ssl === '1') && !params.some(([k]) => k === 'sslmode'))
    params.push(['sslmode', 'verify-full']);
  return { dbname: join({ ...parts, password: undefined, params }), env };
}
