import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * One sandbox process for every test file of the run, as a CI job would start it (`npx
 * doku-snap-sandbox`; here from source through tsx); each file makes its own tenant on it
 * (world.ts). Its URL reaches the test files through the environment.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

// Its own copy of the helpers' freePort: jest loads globalSetup without moduleNameMapper, so the
// helpers' './x.js' imports of TypeScript files would not resolve here.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, `${ROOT}src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_FILE: '', VALIDATE_RESPONSES: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  (globalThis as { sandboxProcess?: ChildProcess }).sandboxProcess = child;
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the sandbox exited with ${child.exitCode}`);
    if ((await fetch(`${url}/health`).catch(() => undefined))?.status === 200) break;
    if (Date.now() > deadline) throw new Error('the sandbox was not healthy within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env.SANDBOX_URL = url;
}
