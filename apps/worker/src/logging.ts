import { pino, type Logger as PinoLogger } from 'pino';
import { redactUrl } from '@tenantry/core';

export interface LoggerOptions {
  level?: string;
  /** pretty output for people (a terminal), JSON otherwise */
  pretty?: boolean;
  /** file descriptor to write to: 1 stdout, 2 stderr */
  destination?: 1 | 2;
  name?: string;
}

const SECRET_PATHS = ['password', 'secret', '*.password', '*.secret', '*.*.password', '*.*.secret', 'databaseUrl', '*.databaseUrl', 'url', '*.url'];

/**
 * The one place pino loggers are made. Secrets are redacted twice: by field name, and inside
 * any string (connection strings in messages and errors).
 */
export function createLogger(options: LoggerOptions = {}): PinoLogger {
  const destination = options.destination ?? 1;
  const transport = options.pretty
    ? pino.transport({ target: 'pino-pretty', options: { destination, colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' } })
    : pino.destination({ dest: destination, sync: destination === 2 });
  return pino(
    {
      name: options.name ?? 'tenantry',
      level: options.level ?? 'info',
      redact: { paths: SECRET_PATHS, censor: '***' },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? redactUrl(arg) : arg && typeof arg === 'object' ? redactDeep(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    transport,
  );
}

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactUrl(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: redactUrl(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, depth + 1)]));
}
