import { ConfigError, helpText, loadConfig } from './config.js';
import { startServer } from './server.js';

/** The only entry that reads env and argv and owns the process. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${helpText()}\n`);
    return;
  }
  let config;
  try {
    config = loadConfig(process.env, argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`doku-snap-sandbox: invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const started = performance.now();
  const sandbox = await startServer(config);
  sandbox.ctx.log.info('doku-snap-sandbox ready', {
    url: `http://${config.host}:${sandbox.port}`,
    store: config.dataFile ?? 'memory',
    partners: sandbox.ctx.store.partners.size,
    startupMs: Math.round(performance.now() - started),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    sandbox.ctx.log.info('stopping', { signal });
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: Error) => {
  process.stderr.write(`doku-snap-sandbox: failed to start: ${error.message}\n`);
  process.exit(1);
});
