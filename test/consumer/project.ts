import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runToEnd } from '../helpers/processes.js';
import { ROOT } from '../helpers/sandbox.js';

/**
 * A project of a team that installed Tenantry: a folder outside this repository whose
 * node_modules hold the packed tarballs and their registry dependencies, nothing linked back.
 */

/** The environment of a process in the project: nothing of this repository's npm run, no config named. */
export function projectEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key.startsWith('npm_') ||
      key === 'INIT_CWD' ||
      key.startsWith('TENANTRY_') ||
      key === 'DATABASE_URL' ||
      key === 'REDIS_URL'
    )
      continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * `npm pack` of every workspace (their prepack builds dist) into `dir`; returns the tarballs. Under
 * `npm test`, test/run-suites.js has packed them before any test started (a prepack deletes the
 * dist that other tests' processes load) and names its folder in TENANTRY_TEST_PACKS: they are
 * copied from there.
 */
export async function packWorkspaces(dir: string): Promise<string[]> {
  const packedBefore = process.env.TENANTRY_TEST_PACKS;
  if (packedBefore) {
    for (const f of readdirSync(packedBefore).filter((f) => f.endsWith('.tgz')))
      copyFileSync(path.join(packedBefore, f), path.join(dir, f));
    return tarballsIn(dir);
  }
  const packed = await runToEnd('npm', ['pack', '--workspaces', '--pack-destination', dir, '--loglevel=error'], {
    cwd: ROOT,
    env: projectEnv({}),
  });
  if (packed.code !== 0) throw new Error(`npm pack failed (${packed.code}): ${packed.stderr}`);
  return tarballsIn(dir);
}

function tarballsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => path.join(dir, f));
}

/**
 * Writes the project's package.json, depending on each tarball (as a team would on `tenantry`
 * from the registry, whose @tenantry/* dependencies are here tarballs too), and installs it:
 * registry packages from npm's cache when it has them all, else from the registry.
 */
export async function installProject(project: string, tarballs: readonly string[]): Promise<void> {
  const dependencies: Record<string, string> = {};
  for (const tarball of tarballs) {
    const name = path.basename(tarball).replace(/-\d+\.\d+\.\d+.*\.tgz$/, '');
    dependencies[name === 'tenantry' ? 'tenantry' : name.replace(/^tenantry-/, '@tenantry/')] =
      `file:${path.relative(project, tarball)}`;
  }
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer-app', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  // the repository's lockfile seeds the resolution: the registry packages get the versions the
  // repository is tested with, and their tarballs come from npm's cache after \`npm ci\`, offline
  // (npm replaces the workspace entries with the tarballs: nothing of them stays linked)
  copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(project, 'package-lock.json'));
  const install = (mode: string) =>
    runToEnd('npm', ['install', mode, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      env: projectEnv({}),
    });
  // offline when npm's cache has every package (and their registry metadata); the registry otherwise
  let installed = await install('--offline');
  if (installed.code !== 0 && /ENOTCACHED/.test(installed.stderr)) installed = await install('--prefer-offline');
  if (installed.code !== 0) throw new Error(`npm install failed (${installed.code}): ${installed.stderr}`);
}

/** The TypeScript a consumer writes against the API: types must resolve, and a wrong use must not compile. */
export const API_SOURCE = `import { MigrationCoordinator, SchemaManager, TenantCoordinator, TenantryError, loadConfig, type RolloutHandle, type TenantryConfig } from 'tenantry';
import { MigrationCoordinator as FromQueue } from '@tenantry/queue';
import { parseTenantId, type RolloutOutcome } from '@tenantry/core';

const config: TenantryConfig = loadConfig('tenantry.config.json', process.env);
const fleet: FromQueue = new MigrationCoordinator(config);
const handle: RolloutHandle = await fleet.coordinateMultiPlatformMigration({ release: 'latest', wait: true });
const outcome: RolloutOutcome | undefined = handle.outcome;
// @ts-expect-error a rollout id is a string (an unresolved type would be any, and this line would compile)
const wrong: number = handle.rolloutId;
const tenants = new TenantCoordinator(config);
const status = await tenants.getTenantMigrationStatus(parseTenantId('acme'));
const versions: string[] = status.platforms.map((p) => p.version);
const schemas = new SchemaManager(config);
const info = await schemas.getRollbackInfo('app', 'acme', '0');
const method: 'down-migrations' | 'backup' | 'none' = info.recommended;
try {
  await fleet.checkCrossPlatformConsistency();
} catch (error) {
  if (error instanceof TenantryError) console.error(error.code, error.exitCode);
}
await Promise.all([fleet.close(), tenants.close(), schemas.close()]);
console.log(outcome, wrong, versions, method);
`;

/**
 * docs/api.md's TypeScript examples as one module, so the page cannot drift from the API: each
 * block becomes a function of its own (blocks reuse names), its imports are merged at the top, and
 * the `config` and `fleet` the page takes for granted are declared.
 */
export function docsExamples(markdown: string): string {
  const imports = new Map<string, Set<string>>(); // "module|type" → names
  const bodies: string[] = [];
  for (const [, block] of markdown.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const body: string[] = [];
    for (const line of block!.split('\n')) {
      const found = /^import (type )?\{([^}]*)\} from '([^']+)';$/.exec(line);
      if (!found) {
        body.push(line);
        continue;
      }
      const key = `${found[3]}|${found[1] ? 'type' : ''}`;
      const names = imports.get(key) ?? new Set<string>();
      for (const name of found[2]!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean))
        names.add(name);
      imports.set(key, names);
    }
    bodies.push(`export async function example${bodies.length}(): Promise<void> {\n${body.join('\n')}\n}`);
  }
  const head = [...imports].map(([key, names]) => {
    const [module, type] = key.split('|');
    return `import ${type ? 'type ' : ''}{ ${[...names].join(', ')} } from '${module}';`;
  });
  const given = [
    "import type { MigrationCoordinator as GivenFleet, TenantryConfig as GivenConfig } from 'tenantry';",
    'declare const config: GivenConfig;',
    'declare const fleet: GivenFleet;',
  ];
  return `${[...head, ...given, ...bodies].join('\n')}\n`;
}

/** tsconfig files for both resolutions a consumer uses; node16 also checks the packages' .d.ts. */
export function writeTsconfigs(project: string): string[] {
  const base = { target: 'es2022', strict: true, noEmit: true, types: ['node'] };
  const configs = {
    'tsconfig.node16.json': { ...base, module: 'node16', moduleResolution: 'node16', skipLibCheck: false },
    'tsconfig.bundler.json': { ...base, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
  };
  for (const [file, compilerOptions] of Object.entries(configs)) {
    writeFileSync(
      path.join(project, file),
      JSON.stringify({ compilerOptions, files: ['src/api.ts', 'src/docs.ts'] }, null, 2),
    );
  }
  return Object.keys(configs);
}
