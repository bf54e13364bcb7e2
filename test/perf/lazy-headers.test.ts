import { describe, expect, it } from '@jest/globals';
import type { Request } from 'express';
import { lowerHeaders, withLazyHeaders } from '../../src/http/request-headers.js';

/**
 * Handlers and scenario matchers get a request's headers through withLazyHeaders. A getter written
 * in each per-request object literal kept every request's objects alive past young-generation GCs
 * (docs/performance.md); these tests pin the shape that avoids it, and the
 * answers it must still give.
 */
const request = (headers: Record<string, string | string[]>) => ({ headers }) as unknown as Request;

describe('withLazyHeaders', () => {
  it('gives the fields and the headers as lowerHeaders reads them', () => {
    const req = request({ 'x-partner-id': 'BRN-1', 'set-cookie': ['a=1', 'b=2'] });
    const call = withLazyHeaders({ operationId: 'balanceInquiry', now: 5 }, req);
    expect(call.operationId).toBe('balanceInquiry');
    expect(call.now).toBe(5);
    expect(call.headers).toEqual({ 'x-partner-id': 'BRN-1', 'set-cookie': 'a=1, b=2' });
    expect(call.headers).toEqual(lowerHeaders(req));
  });

  it('reads the headers only when asked, from its own request', () => {
    const first = request({ 'x-device-id': 'android-1' });
    const second = request({ 'x-device-id': 'ios-2' });
    const a = withLazyHeaders({ n: 1 }, first);
    const b = withLazyHeaders({ n: 2 }, second);
    first.headers['x-device-id'] = 'android-9';
    expect(a.headers['x-device-id']).toBe('android-9');
    expect(b.headers['x-device-id']).toBe('ios-2');
  });

  it('keeps the getter on one shared prototype, not on each object', () => {
    const a = withLazyHeaders({ n: 1 }, request({}));
    const b = withLazyHeaders({ n: 2 }, request({}));
    expect(Object.getOwnPropertyDescriptor(a, 'headers')).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.keys(a)).toEqual(['n']);
  });
});
