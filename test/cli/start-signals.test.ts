import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { start } from '../../src/start.js';

describe('start(): signals', () => {
  it('when SIGTERM arrives while the server is still booting, then it stops cleanly with exit 0 once up', async () => {
    const exits: number[] = [];
    let exited!: () => void;
    const done = new Promise<void>((resolve) => (exited = resolve));
    const handlers = new Map<string, () => void>();
    const io = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      exit: (code: number) => {
        exits.push(code);
        exited();
      },
      onSignal: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => {
        handlers.set(signal, handler);
        if (signal === 'SIGTERM') handler(); // the signal lands before startServer() has resolved
      },
    };
    const running = start(['--port', '0', '--host', '127.0.0.1', '--log-level', 'silent'], {}, io);
    // Registered before start() first yields, i.e. before the server listens and answers /health.
    expect([...handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
    const sandbox = await running;
    expect(sandbox).toBeDefined();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no exit within 10 s')), 10_000)))]);
    clearTimeout(timer);
    expect(exits).toEqual([0]);
    // the server really closed
    await expect(fetch(`${sandbox!.url}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
