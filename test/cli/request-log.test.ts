import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/lib/logger.js';
import { buildSandbox } from '../../src/server.js';
import { asTestSandbox, signedClient } from '../helpers/harness.js';

/** A stream that keeps what is written; isTTY decides colours like a terminal would. */
function sink(isTTY = false) {
  let text = '';
  const stream = Object.assign(new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) }), { isTTY });
  return { stream, text: () => text, lines: () => text.split('\n').filter(Boolean) };
}

async function loggedSandbox(level: 'info' | 'debug' | 'warn', pretty: boolean, isTTY = false) {
  const out = sink(isTTY);
  const config = loadConfig({ LOG_LEVEL: level });
  const sandbox = await buildSandbox(config, { log: createLogger(level, out.stream, pretty) });
  return { sb: asTestSandbox(sandbox), out };
}

describe('the request log', () => {
  it('when stdout is not a terminal, then each request is one JSON line with partner, path, status, responseCode and durationMs', async () => {
    const { sb, out } = await loggedSandbox('info', false);
    const client = await signedClient(sb);
    await client.post('/snap-adapter/b2b2c/v1.0/balance-inquiry', { partnerReferenceNo: 'LOG-1' }, { 'X-SIGNATURE': 'AAAA' });
    const lines = out.lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/authorization/v1/access-token/b2b',
      status: 200,
      responseCode: '2007300',
      durationMs: expect.any(Number),
      partner: sb.partner.clientId,
    });
    expect(lines[1]).toMatchObject({ path: '/snap-adapter/b2b2c/v1.0/balance-inquiry', status: 401, responseCode: '4011100', partner: sb.partner.clientId });
  });

  it('when pretty, then the line reads as time, level, message and key=value pairs, without unknown fields or colours off a terminal', async () => {
    const { sb, out } = await loggedSandbox('info', true);
    await sb.http.post('/no/such/endpoint').send({});
    const [line] = out.lines();
    expect(line).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}request method=POST path=\/no\/such\/endpoint status=404 responseCode=4040000 durationMs=[\d.]+$/);
    expect(line).not.toContain('undefined');
    expect(line).not.toContain('\x1b[');
  });

  it('when pretty on a terminal, then the level is coloured (unless NO_COLOR is set)', () => {
    const out = sink(true);
    const previous = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      createLogger('info', out.stream, true).warn('careful', { reason: 'two words' });
    } finally {
      if (previous !== undefined) process.env.NO_COLOR = previous;
    }
    expect(out.text()).toContain('\x1b[33mWARN \x1b[0m careful reason="two words"');
  });

  it('when the dashboard polls the admin API, then those reads are debug lines and stay out of the journal', async () => {
    const { sb, out } = await loggedSandbox('info', false);
    await sb.http.get('/admin/partners');
    await sb.http.get('/dashboard');
    await sb.http.get('/health');
    expect(out.lines()).toEqual([]);
    expect(sb.journal.list()).toEqual([]);

    const debug = await loggedSandbox('debug', false);
    await debug.sb.http.get('/admin/partners');
    expect(debug.out.lines().map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ level: 'debug', msg: 'request', path: '/admin/partners', status: 200 })]);
  });

  it('when LOG_LEVEL is warn, then requests are not logged', async () => {
    const { sb, out } = await loggedSandbox('warn', false);
    await sb.http.post('/authorization/v1/access-token/b2b').send({});
    expect(out.text()).toBe('');
  });
});
