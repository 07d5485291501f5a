import { pino, type Logger as PinoLogger } from 'pino';
import { redactSecrets } from '@tenantry/core';

export interface LoggerOptions {
  level?: string;
  /** pretty output for people (a terminal), JSON otherwise */
  pretty?: boolean;
  /** file descriptor to write to: 1 stdout, 2 stderr */
  destination?: 1 | 2;
  name?: string;
}

const CENSOR = '***';
const SECRET_PATHS = [
  'password',
  'secret',
  '*.password',
  '*.secret',
  '*.*.password',
  '*.*.secret',
  'databaseUrl',
  '*.databaseUrl',
  'url',
  '*.url',
];
/** Field names whose values are secrets, wherever they are: `password`, `dbPassword`, `client_secret`, `authorization`… */
const SECRET_KEY =
  /pass(?:word|wd)?$|password|secret|token|credential|authorization|cookie|api[-_]?key|private[-_]?key/i;
const MAX_DEPTH = 8;

/** Hides passwords inside any text (the rule lives in core, where the ledger uses it too). */
export const redactText = redactSecrets;

/**
 * A copy of an error with every secret hidden: message, stack (which repeats the message), own
 * fields, cause and aggregated errors. The copy keeps the error's prototype, so pino's `err`
 * serializer still reports its class (`ServiceUnreachable`, not `Object`) and its stack.
 */
function redactError(error: Error, depth: number, seen: WeakSet<object>): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  const define = (key: string, value: unknown) =>
    Object.defineProperty(copy, key, { value, enumerable: false, writable: true, configurable: true });
  define('message', redactText(error.message));
  define('stack', typeof error.stack === 'string' ? redactText(error.stack) : undefined);
  for (const [key, value] of Object.entries(error))
    (copy as unknown as Record<string, unknown>)[key] = redactValue(key, value, depth + 1, seen);
  // causes and aggregated errors stay errors, so the serializer can print their stacks too
  const nested = (value: unknown) =>
    value instanceof Error && depth < MAX_DEPTH
      ? redactError(value, depth + 1, seen)
      : redactValue('cause', value, depth + 1, seen);
  if (error.cause !== undefined) define('cause', nested(error.cause));
  if (error instanceof AggregateError) define('errors', error.errors.map(nested));
  return copy;
}

function redactValue(key: string, value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || value === undefined) return value;
  if (SECRET_KEY.test(key) && typeof value !== 'object') return CENSOR;
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Error) {
      const copy = redactError(value, depth, seen);
      // only `err` goes through pino's error serializer; elsewhere an Error would print as {}
      return key === 'err'
        ? copy
        : { type: value.name, message: copy.message, ...(Object.fromEntries(Object.entries(copy)) as object) };
    }
    if (Array.isArray(value)) return value.map((item) => redactValue(key, item, depth + 1, seen));
    if (value instanceof Date || Buffer.isBuffer(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_KEY.test(k) ? (v === null || v === undefined ? v : CENSOR) : redactValue(k, v, depth + 1, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Deep-redacts a log object or child bindings. */
export function redactFields(object: Record<string, unknown>): Record<string, unknown> {
  return redactValue('', object, 0, new WeakSet()) as Record<string, unknown>;
}

/**
 * The one place pino loggers are made. Secrets are hidden in three layers: by field name at any
 * depth (and pino's own redact paths), inside every string (connection strings, `password=…`),
 * and inside errors (message, stack, fields, causes). Child bindings get the same treatment.
 */
export function createLogger(options: LoggerOptions = {}): PinoLogger {
  const destination = options.destination ?? 1;
  const transport = options.pretty
    ? pino.transport({
        target: 'pino-pretty',
        options: { destination, colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
      })
    : pino.destination({ dest: destination, sync: destination === 2 });
  const logger = pino(
    {
      name: options.name ?? 'tenantry',
      level: options.level ?? 'info',
      redact: { paths: SECRET_PATHS, censor: CENSOR },
      formatters: { log: (object) => redactFields(object) },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // logger.error(err, msg?): keep pino's shape ({ err }, message) with the error redacted
          const head =
            first instanceof Error
              ? [{ err: first }, ...(typeof rest[0] === 'string' ? [] : [first.message])]
              : [first];
          const redacted = [...head, ...rest].map((arg) => (typeof arg === 'string' ? redactText(arg) : arg));
          method.apply(this, redacted as Parameters<typeof method>);
        },
      },
    },
    transport,
  );
  // bindings of child loggers (and their children) are serialized once, at child(); redact them there
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the logger it is on
  const child = logger.child;
  logger.child = function redactedChild(this: PinoLogger, bindings, childOptions) {
    return child.call(this, redactFields(bindings), childOptions);
  } as typeof logger.child;
  return logger;
}
