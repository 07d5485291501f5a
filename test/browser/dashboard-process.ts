import type { ChildProcess } from 'node:child_process';
import { CLI, type Sandbox, eventually } from '../helpers/sandbox.js';
import { exited, startProcess } from '../helpers/processes.js';

export interface DashboardProcess {
  url: string;
  child: ChildProcess;
  /** everything it wrote, stdout and stderr */
  output(): string;
  /** its JSON log lines, parsed */
  logs(): Array<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/**
 * Runs the real `tenantry dashboard` of a sandbox on a free port (--port 0) and waits for its
 * "dashboard listening on URL" log line.
 */
export async function startDashboardProcess(
  sandbox: Sandbox,
  options: { env?: Record<string, string>; args?: string[] } = {},
): Promise<DashboardProcess> {
  const child = startProcess(process.execPath, [CLI, 'dashboard', '--port', '0', ...(options.args ?? [])], {
    env: { ...process.env, TENANTRY_CONFIG: sandbox.configFile, TENANTRY_LOG_LEVEL: 'info', ...options.env },
  });
  const logs = () =>
    child
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const url = await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`dashboard exited with ${child.exitCode}: ${child.output()}`);
      return /dashboard listening on (http:\/\/\S+)"/.exec(child.output())?.[1];
    },
    20_000,
    50,
  );
  return {
    url,
    child,
    output: child.output,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited(child);
    },
  };
}

/** An Authorization header for HTTP basic credentials. */
export function basic(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
