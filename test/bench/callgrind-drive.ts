/**
 * Drives a sandbox that runs under `valgrind --tool=callgrind --collect-atstart=no` with signed
 * calls: WARMUP calls uncounted, then COUNT calls with collection on (callgrind_control -i),
 * one at a time. Instruction counts do not move with the neighbours of a shared VM, unlike
 * req/s or CPU time. Usage: see README "Benchmark" (node --import tsx test/bench/callgrind-drive.ts URL PID).
 */
import { execFileSync } from 'node:child_process';
import { signer } from './signer.js';

const [url, pid] = process.argv.slice(2) as [string, string];
const WARMUP = Number(process.env.CG_WARMUP ?? 1500);
const COUNT = Number(process.env.CG_COUNT ?? 1000);
const KIND = process.env.CG_KIND ?? 'topup';
const PATHS: Record<string, string> = { topup: '/snap-adapter/b2b/v1.0/emoney/topup', balance: '/snap-adapter/b2b2c/v1.0/balance-inquiry', bare: '/echo' };

async function main(): Promise<void> {
  const s = KIND === 'bare' ? undefined : await signer(url, 'cfb5de1a-6a40-40e0-8549-0634bcaed8ed');
  const run = Date.now().toString(36);
  let seq = 0;
  const path = PATHS[KIND]!;
  const one = async () => {
    const body = JSON.stringify(KIND !== 'balance' ? { partnerReferenceNo: `G${run}-${++seq}`, customerNumber: '1140340010', amount: { value: '10000.00', currency: 'IDR' } } : { partnerReferenceNo: `G${run}-${++seq}` });
    const res = await fetch(`${url}${path}`, { method: 'POST', body, headers: s ? s.headers(path, body, KIND !== 'topup') : { 'content-type': 'application/json' } });
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const batch = async (n: number) => {
    for (let i = 0; i < n; i += 5) await Promise.all([one(), one(), one(), one(), one()]);
  };
  await batch(WARMUP);
  execFileSync('callgrind_control', ['-i', 'on', pid]);
  await batch(COUNT);
  execFileSync('callgrind_control', ['-i', 'off', pid]);
  execFileSync('callgrind_control', ['-d', pid]);
  process.stdout.write(`${COUNT} ${KIND} calls counted\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
