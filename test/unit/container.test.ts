import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import yaml from 'js-yaml';
import { loadConfig } from '@tenantry/core';
import { CLI, ROOT } from '../helpers/sandbox.js';

/**
 * No Docker engine runs the tests, so the Dockerfile is linted (dockerfile-utils: the checks of
 * VS Code's Docker support) and checked for what the image promises, and docker-compose.yml is
 * parsed and checked against the image, the CLI and the example config.
 */
const dockerfileText = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(dockerfileText);
// the arguments with their flags (--from=...), continuation lines joined
const instructions = dockerfile.getInstructions().map((i) => ({
  keyword: i.getKeyword(),
  args: i
    .getTextContent()
    .replace(/\\\n/g, ' ')
    .replace(/^\s*\S+\s+/, '')
    .trim(),
}));
const finalStage = instructions.slice(instructions.map((i) => i.keyword).lastIndexOf('FROM'));
const compose = yaml.load(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  [key: string]: unknown;
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      command?: string[];
      environment?: Record<string, string>;
      ports?: string[];
      volumes?: string[];
    }
  >;
  volumes: Record<string, unknown>;
};
const defaulted = (text: string) => text.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
const clientMajor = Number(/postgresql-client-(\d+)/.exec(dockerfileText)?.[1]);

describe('Dockerfile and docker-compose.yml', () => {
  it('the Dockerfile lints clean', () => {
    expect(validate(dockerfileText).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).to.deep.equal([]);
  });

  it('is multi-stage, runs as a non-root user with `tenantry` as entrypoint, and has pg_dump of a stated major', () => {
    const stages = dockerfile.getFROMs();
    expect(stages.length).to.be.greaterThan(1);
    expect(dockerfileText).to.match(/ARG NODE_IMAGE=node:20-bookworm-slim/); // Debian bookworm: postgresql-client-15
    expect(clientMajor).to.equal(15);
    expect(
      finalStage
        .filter((i) => i.keyword === 'RUN')
        .map((i) => i.args)
        .join('\n'),
    )
      .to.include('postgresql-client-15')
      .and.include('pg_dump --version');
    const user = finalStage
      .filter((i) => i.keyword === 'USER')
      .at(-1)
      ?.args.trim();
    expect(user)
      .to.be.a('string')
      .and.not.match(/^(root|0)(:|$)/);
    const entrypoint = finalStage.find((i) => i.keyword === 'ENTRYPOINT')!;
    expect(JSON.parse(entrypoint.args)).to.deep.equal(['tenantry']);
    // the runtime stage gets only the installed packages: no source, no devDependencies
    const copies = finalStage.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).to.deep.equal(['--from=install /opt/tenantry /opt/tenantry']);
  });

  it('copies every workspace manifest before npm ci, and every COPY source exists', () => {
    const workspaces = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] })
      .workspaces;
    const sources = instructions
      .filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const workspace of workspaces) expect(sources, workspace).to.include(`${workspace}/package.json`);
    for (const source of sources) expect(existsSync(path.join(ROOT, source)), source).to.equal(true);
  });

  it('docker-compose.yml: no top-level name (compose v1), loopback host ports that miss a local PostgreSQL and Redis, the image for init, workers and dashboard', () => {
    const commands = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^ {2}([a-z-]+)/.exec(line)?.[1]);
    expect(
      Object.keys(compose)
        .filter((k) => !k.startsWith('x-'))
        .sort(),
    ).to.deep.equal(['services', 'volumes']);
    const hostPorts = Object.values(compose.services)
      .flatMap((s) => s.ports ?? [])
      .map((p) => defaulted(p));
    for (const port of hostPorts) expect(port, port).to.match(/^127\.0\.0\.1:\d+:\d+$/);
    expect(hostPorts.map((p) => p.split(':')[1])).to.not.include.members(['5432', '6379']);
    expect(Number(/^postgres:(\d+)/.exec(compose.services.postgres!.image ?? '')?.[1])).to.equal(clientMajor);

    for (const name of ['init', 'worker', 'dashboard']) {
      const service = compose.services[name]!;
      expect(service.build, name).to.equal('.');
      expect(service.image, name).to.equal('tenantry:local');
      expect(commands, name).to.include(service.command![0]); // a command of the CLI
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('.')) expect(existsSync(path.join(ROOT, source)), volume).to.equal(true);
        else expect(compose.volumes, volume).to.have.property(source);
      }
    }
    expect(compose.services.dashboard!.command).to.include('--host');
    expect(compose.services.dashboard!.environment).to.have.property('TENANTRY_DASHBOARD_PASSWORD');
  });

  it("the services' environment makes a valid example config whose backups go to the volume", () => {
    const env = compose.services.worker!.environment!;
    const config = loadConfig(path.join(ROOT, 'examples/tenantry.config.json'), env);
    expect(config.control.databaseUrl).to.equal('postgres://postgres@postgres:5432/tenantry');
    expect(config.platformOrder.map((p) => new URL(config.platforms[p]!.databaseUrl).host)).to.deep.equal([
      'postgres:5432',
      'postgres:5432',
      'postgres:5432',
    ]);
    expect(config.redis?.url).to.equal('redis://redis:6379');
    expect(compose.services.worker!.volumes).to.include(`backups:${config.backup.dir}`);
  });
});
