import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `node --import <this>` runs TypeScript from any working directory. */
export const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
/** The CLI from source. */
export const CLI = [process.execPath, '--import', TSX, `${ROOT}src/cli.ts`];

export interface SpawnedSandbox {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far (stdout, one JSON line per event when not a TTY). */
  stdout(): string;
  stderr(): string;
  /** Parsed JSON lines of stdout. */
  lines(): Record<string, unknown>[];
  /** SIGTERM, then the exit code (SIGKILL after 5 s). */
  stop(): Promise<number | null>;
}

/** Runs a command until it exits (with a hard timeout) and returns its output. */
export function run(command: string, args: string[], options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Starts a sandbox process (by default the CLI from source through tsx) with PORT 0 and waits for
 * its "ready" line, which carries the URL.
 */
export function spawnSandbox(args: string[] = [], options: { command?: string[]; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<SpawnedSandbox> {
  const [command, ...prefix] = options.command ?? CLI;
  const child = spawn(command!, [...prefix, '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const handle = (url: string): SpawnedSandbox => ({
    child,
    url,
    stdout: () => out,
    stderr: () => err,
    lines,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sandbox not ready in ${options.timeoutMs ?? 30_000} ms\nstdout: ${out}\nstderr: ${err}`));
    }, options.timeoutMs ?? 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = lines().find((l) => l.msg === 'doku-snap-sandbox ready');
      if (ready) {
        clearTimeout(timer);
        resolve(handle(String(ready.url)));
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code} before it was ready\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}
