import { expect } from '@jest/globals';

/** What every SNAP error must look like: status = first three digits, and exactly code + message (+ echoes). */
export function expectSnapError(
  res: { status: number; body: Record<string, unknown> },
  responseCode: string,
  responseMessage?: string | RegExp,
  echoes: Record<string, unknown> = {},
): void {
  const summary = `${res.status} ${JSON.stringify(res.body)}`;
  expect({ summary, code: res.body.responseCode }).toEqual({ summary, code: responseCode });
  expect(res.status).toBe(Number(responseCode.slice(0, 3)));
  if (typeof responseMessage === 'string') expect(res.body.responseMessage).toBe(responseMessage);
  else if (responseMessage) expect(res.body.responseMessage).toMatch(responseMessage);
  else expect(typeof res.body.responseMessage).toBe('string');
  expect(Object.keys(res.body).sort()).toEqual(['responseCode', 'responseMessage', ...Object.keys(echoes)].sort());
  for (const [k, v] of Object.entries(echoes)) expect(res.body[k]).toEqual(v);
}
