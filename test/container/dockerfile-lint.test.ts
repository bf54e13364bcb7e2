import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { copyParts, envPairs, execForm, imageRef, parseDockerfile, stages, type Instruction } from './dockerfile.js';

// Fast rules for the Dockerfile (always run). hadolint is not packaged in Debian bookworm and only apt/npm
// are reachable, so these rules are checked here; test/container/container.test.ts builds and runs the image.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const text = readFileSync(`${ROOT}Dockerfile`, 'utf8');
const all = parseDockerfile(text);
const allStages = stages(all);
const final = allStages[allStages.length - 1]!;
const build = allStages[0]!;
const finalOf = (keyword: string): Instruction[] => final.instructions.filter((i) => i.keyword === keyword);
const runs = (stage: typeof final) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
const copies = (stage: typeof final) => stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => copyParts(i.args));
const execFileAsync = promisify(execFile);

describe('Dockerfile lint', () => {
  it('when parsed, then it is multi-stage: a named build stage and a separate runtime stage', () => {
    expect(allStages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBe('build');
    expect(final.name).not.toBe('build');
  });

  it('when a base image is named, then it is node:20-bookworm-slim, pinned (tag or digest), never latest', () => {
    for (const stage of allStages) {
      const ref = imageRef(stage.from);
      expect(ref.tag ?? ref.digest).toBeDefined();
      expect(ref.tag).not.toBe('latest');
      expect(stage.from).toBe('node:20-bookworm-slim');
    }
    expect(text).not.toMatch(/:latest\b/);
  });

  it('when the build stage runs, then it installs all dependencies with npm ci and compiles with npm run build', () => {
    expect(runs(build).some((r) => /\bnpm ci\b/.test(r) && !/--omit=dev/.test(r))).toBe(true);
    expect(runs(build).some((r) => /\bnpm run build\b/.test(r))).toBe(true);
  });

  it('when the runtime stage installs, then it is production-only npm ci --omit=dev and never npm install', () => {
    const installs = runs(final).filter((r) => /\bnpm (ci|install|i)\b/.test(r));
    expect(installs.length).toBe(1);
    expect(installs[0]).toMatch(/\bnpm ci\b[^&;]*--omit=dev/);
    expect(all.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n')).not.toMatch(/\bnpm (install|i)\b/);
    expect(runs(final).join('\n')).not.toMatch(/npm run build|\btsc\b/);
  });

  it('when the runtime stage copies, then it takes dist/ from the build stage, and spec/ fixtures/ scenarios/ and the package files from the context', () => {
    const finalCopies = copies(final);
    expect(finalCopies.some((c) => c.flags.from === 'build' && c.sources.some((s) => /\/dist\/?$/.test(s)))).toBe(true);
    for (const dir of ['spec', 'fixtures', 'scenarios']) {
      expect(finalCopies.some((c) => c.flags.from === undefined && c.sources.some((s) => s.replace(/\/$/, '') === dir))).toBe(true);
    }
    const sources = finalCopies.filter((c) => c.flags.from === undefined).flatMap((c) => c.sources);
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
    // Never the whole context (it would carry src/, test/ and whatever .dockerignore missed) nor src/.
    expect(sources).not.toContain('.');
    expect(sources.map((s) => s.replace(/\/$/, ''))).not.toContain('src');
    expect(all.some((i) => i.keyword === 'ADD')).toBe(false);
  });

  it('when the runtime environment is set, then NODE_OPTIONS carries the node flags of npm start', () => {
    const env = Object.assign({}, ...finalOf('ENV').map((i) => envPairs(i.args))) as Record<string, string>;
    const start = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe(`node ${env.NODE_OPTIONS} src/npm-start.mjs`);
  });

  it('when the runtime environment is set, then NODE_ENV=production PORT=8080 HOST=0.0.0.0', () => {
    const env = Object.assign({}, ...finalOf('ENV').map((i) => envPairs(i.args))) as Record<string, string>;
    expect(env).toMatchObject({ NODE_ENV: 'production', PORT: '8080', HOST: '0.0.0.0' });
  });

  it('when the container starts, then it runs as a non-root USER set before CMD', () => {
    const users = finalOf('USER');
    expect(users.length).toBeGreaterThan(0);
    const last = users[users.length - 1]!;
    expect(last.args.split(':')[0]).not.toMatch(/^(root|0)$/);
    expect(last.args).toBe('node');
    expect(last.line).toBeLessThan(finalOf('CMD')[0]!.line);
    // Nothing after the switch may need root.
    expect(final.instructions.filter((i) => i.line > last.line && i.keyword === 'RUN')).toEqual([]);
  });

  it('when ports are declared, then 8080 is exposed', () => {
    expect(finalOf('EXPOSE').flatMap((i) => i.args.split(/\s+/))).toContain('8080');
  });

  it('when health is checked, then HEALTHCHECK calls /health with node itself in exec form (no curl in slim images)', () => {
    const checks = finalOf('HEALTHCHECK');
    expect(checks.length).toBe(1);
    const command = healthcheckCommand();
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toMatch(/\/health/);
    expect(checks[0]!.args).not.toMatch(/\b(curl|wget)\b/);
    expect(checks[0]!.args).toMatch(/--timeout=\d+s/);
  });

  it('when the image starts, then CMD is the exec form ["node","dist/main.js"] (no npm: its prestart rebuilds and it stands between SIGTERM and the server)', () => {
    const cmds = finalOf('CMD');
    expect(cmds.length).toBe(1);
    expect(execForm(cmds[0]!.args)).toEqual(['node', 'dist/main.js']);
    expect(finalOf('ENTRYPOINT')).toEqual([]);
    expect(cmds[0]!.line).toBe(final.instructions[final.instructions.length - 1]!.line);
  });

  it('when the build context is sent, then .dockerignore leaves out node_modules, dist, .git and test artifacts', () => {
    const ignored = readFileSync(`${ROOT}.dockerignore`, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', 'test-artifacts', 'coverage', '*.log', '.env']));
    // What the image needs must not be ignored.
    for (const needed of ['src', 'spec', 'fixtures', 'scenarios', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']) {
      expect(ignored).not.toContain(needed);
    }
  });
});

function healthcheckCommand(): string[] {
  const args = finalOf('HEALTHCHECK')[0]!.args.replace(/^(--\S+\s+)*/, '');
  expect(args).toMatch(/^CMD\s+\[/);
  return execForm(args.replace(/^CMD\s+/, ''))!;
}

describe('the HEALTHCHECK command, run by this machine\'s node against a stand-in server', () => {
  // A stand-in, not the sandbox: this file must stay fast and independent of the app; container.test.ts runs
  // the same command inside the built image against the real server.
  let status = 200;
  const paths: string[] = [];
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createHttpServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(req.url === '/health' ? status : 404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const run = async (onPort: number): Promise<number> => {
    const [file, ...args] = healthcheckCommand();
    const nodeBin = file === 'node' ? process.execPath : file!;
    try {
      await execFileAsync(nodeBin, args, { env: { ...process.env, PORT: String(onPort) }, timeout: 10_000 });
      return 0;
    } catch (error) {
      return (error as { code?: number }).code ?? -1;
    }
  };

  it('when /health answers 200 on PORT, then it exits 0 after asking GET /health', async () => {
    status = 200;
    expect(await run(port)).toBe(0);
    expect(paths[paths.length - 1]).toBe('/health');
  });

  it('when /health answers 503, then it exits 1', async () => {
    status = 503;
    expect(await run(port)).toBe(1);
  });

  it('when nothing listens on PORT, then it exits 1', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    expect(await run(closedPort)).toBe(1);
  });
});
