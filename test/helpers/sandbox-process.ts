import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { externalId, snapTimestamp, tokenSignature, transactionSignature } from '../../src/client/signing.js';

/** A real sandbox process (from source through tsx) for tests that kill, restart or flood it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

export const PARTNER = {
  clientId: 'BRN-0001-1732500000001',
  clientSecret: 'SK-TEST-ONLY-doku-snap-sandbox-default-secret',
  privateKeyPem: readFileSync(`${ROOT}fixtures/keys/partner-default.TEST-ONLY.private.pem`, 'utf8'),
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SandboxProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  kill(signal: NodeJS.Signals): Promise<string>;
}

/** Spawns `node --import tsx src/main.ts` (or another entry) and waits (bounded) until GET /health answers 200. */
export async function startSandbox(env: Record<string, string>, timeoutMs = 30_000, entry = 'src/main.ts'): Promise<SandboxProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX, `${ROOT}${entry}`], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const url = `http://127.0.0.1:${port}`;
  const handle: SandboxProcess = {
    child,
    url,
    output: () => out,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const how = await exited;
      clearTimeout(timer);
      return how;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with ${child.exitCode} before it was healthy:\n${out}`);
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
    if (res?.status === 200) return handle;
    if (Date.now() > deadline) {
      await handle.kill('SIGKILL');
      throw new Error(`sandbox not healthy within ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

async function reply(res: Response): Promise<Reply> {
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { unparsable: text };
  }
  return { status: res.status, body };
}

export async function b2bToken(url: string): Promise<string> {
  const timestamp = snapTimestamp();
  const res = await fetch(`${url}/authorization/v1/access-token/b2b`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-CLIENT-KEY': PARTNER.clientId,
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': tokenSignature(PARTNER.privateKeyPem, PARTNER.clientId, timestamp),
    },
    body: JSON.stringify({ grantType: 'client_credentials' }),
    signal: AbortSignal.timeout(10_000),
  });
  const r = await reply(res);
  if (r.status !== 200) throw new Error(`B2B token: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.accessToken as string;
}

/** A signed transactional POST with a fresh X-EXTERNAL-ID. */
export async function signedPost(url: string, token: string, path: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<Reply> {
  const timestamp = snapTimestamp();
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-PARTNER-ID': PARTNER.clientId,
      'X-EXTERNAL-ID': externalId(),
      'X-TIMESTAMP': timestamp,
      'X-SIGNATURE': transactionSignature({ clientSecret: PARTNER.clientSecret, method: 'POST', path, accessToken: token, body, timestamp }),
      'CHANNEL-ID': '95221',
      ...extraHeaders,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return reply(res);
}

export async function getJson(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return reply(await fetch(`${url}${path}`, { headers, signal: AbortSignal.timeout(10_000) }));
}
