import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, helpText, loadConfig } from './config.js';
import { PACKAGE_ROOT } from './paths.js';
import { startServer, type RunningSandbox } from './server.js';

/** What the process entry may touch; tests pass their own. */
export interface ProcessIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  exit(code: number): void;
  /** Registers a signal handler (SIGTERM, SIGINT); false in tests. */
  onSignal?: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => void;
}

const processIo: ProcessIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  exit: (code) => process.exit(code),
  onSignal: (signal, handler) => process.on(signal, handler),
};

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The one start routine behind both entries (dist/cli.js, the npm `bin`, and dist/main.js, used by
 * `npm start` and the container): flags over environment, --help, --version, listen, log the
 * ready line, stop cleanly on SIGTERM/SIGINT. Resolves with the running sandbox, or undefined when
 * it only printed help or failed (the exit code is then already set).
 */
export async function start(
  argv: string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
  io: ProcessIo = processIo,
): Promise<RunningSandbox | undefined> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${helpText()}\n`);
    return undefined;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    io.stdout.write(`${packageVersion()}\n`);
    return undefined;
  }
  let config;
  try {
    config = loadConfig(env, argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`doku-snap-sandbox: invalid configuration: ${error.message}\n`);
      io.exit(2);
      return undefined;
    }
    throw error;
  }
  // Signals are taken from the start: a SIGTERM that lands while the server is still booting
  // (e.g. right after /health first answers) must still end in a clean exit 0.
  let sandbox: RunningSandbox | undefined;
  let pendingSignal: string | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    if (!sandbox) {
      pendingSignal = signal;
      return;
    }
    stopping = true;
    sandbox.ctx.log.info('stopping', { signal });
    sandbox.close().then(
      () => io.exit(0),
      () => io.exit(1),
    );
  };
  io.onSignal?.('SIGTERM', () => stop('SIGTERM'));
  io.onSignal?.('SIGINT', () => stop('SIGINT'));

  const started = performance.now();
  try {
    sandbox = await startServer(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      // Found only when the setting is used (DOKU_PRIVATE_KEY_FILE: the file is read at boot).
      io.stderr.write(`doku-snap-sandbox: invalid configuration: ${error.message}\n`);
      io.exit(2);
      return undefined;
    }
    io.stderr.write(`doku-snap-sandbox: failed to start: ${(error as Error).message}\n`);
    io.exit(1);
    return undefined;
  }
  const base = config.publicBaseUrl ?? `http://localhost:${sandbox.port}`;
  sandbox.ctx.log.info('doku-snap-sandbox ready', {
    url: base,
    dashboard: `${base}/dashboard`,
    docs: `${base}/docs`,
    store: config.dataFile ?? 'memory',
    partners: sandbox.ctx.store.partners.size,
    startupMs: Math.round(performance.now() - started),
  });
  if (pendingSignal) stop(pendingSignal);
  return sandbox;
}
