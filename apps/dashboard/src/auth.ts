import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '@tenantry/core';

/** viewer: reads only; operator: may also act (Bull Board's retry, remove, pause, ...). */
export type Role = 'viewer' | 'operator';

export interface Credential {
  user: string;
  password: string;
  role: Role;
}

/** Who a request was made by: a configured user, or nobody on an unprotected loopback dashboard. */
export type Principal = { user: string; authenticated: boolean; role: Role };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

/**
 * The users who may open the dashboard: `admin` (an operator) with the password the app was given
 * (from TENANTRY_DASHBOARD_PASSWORD, read at the app's edge), and `dashboard.users` from the config.
 */
export function credentialsFrom(users: readonly Credential[], adminPassword: string | undefined): Credential[] {
  const all = users.map((u) => ({ user: u.user, password: u.password, role: u.role }));
  if (adminPassword) all.push({ user: 'admin', password: adminPassword, role: 'operator' });
  return all;
}

/** Without credentials the dashboard would be open to anyone who reaches it: only loopback then. */
export function assertBindable(host: string, credentials: readonly Credential[]): void {
  if (credentials.length === 0 && !isLoopbackHost(host)) {
    throw new ConfigError(
      `refusing to serve the dashboard on ${host} without credentials: set TENANTRY_DASHBOARD_PASSWORD or dashboard.users in the config, or listen on 127.0.0.1`,
    );
  }
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  if (!header) return undefined;
  const match = /^Basic ([A-Za-z0-9+/=]{1,2048})$/i.exec(header.trim());
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Checks an `Authorization: Basic` header against every configured user. Both sides are hashed
 * to equal-length digests and compared with `timingSafeEqual`, and every user is compared
 * (no early exit), so the time taken says nothing about which part was wrong.
 */
export function authenticate(header: string | undefined, credentials: readonly Credential[]): Principal | undefined {
  const given = parseBasic(header);
  if (!given) return undefined;
  const user = digest(given.user);
  const password = digest(given.password);
  let found: Credential | undefined;
  for (const credential of credentials) {
    const userOk = timingSafeEqual(user, digest(credential.user));
    const passwordOk = timingSafeEqual(password, digest(credential.password));
    if (userOk && passwordOk && found === undefined) found = credential;
  }
  return found === undefined ? undefined : { user: found.user, authenticated: true, role: found.role };
}
