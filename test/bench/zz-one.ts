import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { freePort } from '../durability/sandbox-process.js';
import { ROOT, writeBenchFixtures } from './seed.js';
import { signer } from './signer.js';
const TOP_UP = '/snap-adapter/b2b/v1.0/emoney/topup';
const dir = mkdtempSync(join(tmpdir(), 'one-'));
writeBenchFixtures(join(dir, 'fixtures'));
const port = await freePort();
const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FIXTURES_DIR: join(dir, 'fixtures') }, stdio: ['ignore', 'ignore', 'inherit'] });
const url = `http://127.0.0.1:${port}`;
for (;;) { if ((await fetch(`${url}/health`).catch(() => undefined))?.status === 200) break; await new Promise((r) => setTimeout(r, 20)); }
const s = await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
const body = JSON.stringify({ partnerReferenceNo: `P${Date.now()}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } });
const h = s.headers(TOP_UP, body, false);
await new Promise<void>((resolve) => {
  const req = request(`${url}${TOP_UP}`, { method: 'POST', headers: h }, (res) => {
    console.log(res.statusCode, JSON.stringify(res.rawHeaders));
    let t = ''; res.on('data', (d) => (t += d)); res.on('end', () => { console.log(t.length, t); resolve(); });
  });
  req.end(body);
});
child.kill();
