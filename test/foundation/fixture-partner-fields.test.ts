import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FIXTURES_DIR } from '../../src/paths.js';
import { testSandbox } from '../helpers/harness.js';

/** tokenPolicy and notificationTokenUrl in fixtures/partners.json: loaded as given, checked for shape, the URL not asked at boot. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixturesWith(fields: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  dirs.push(dir);
  cpSync(DEFAULT_FIXTURES_DIR, dir, { recursive: true });
  const file = join(dir, 'partners.json');
  const partners = JSON.parse(readFileSync(file, 'utf8')) as { partners: Record<string, unknown>[] };
  Object.assign(partners.partners[0]!, fields);
  writeFileSync(file, JSON.stringify(partners));
  return dir;
}

describe('partner fields in fixtures/partners.json', () => {
  it('when a partner has tokenPolicy and notificationTokenUrl, then both are loaded (the URL is not asked at boot)', async () => {
    const sb = await testSandbox({ FIXTURES_DIR: fixturesWith({ tokenPolicy: 'concurrent', notificationTokenUrl: 'http://127.0.0.1:9/token' }) });
    const [partner] = (await sb.http.get('/admin/partners')).body.partners;
    expect(partner).toMatchObject({ tokenPolicy: 'concurrent', notificationTokenUrl: 'http://127.0.0.1:9/token' });
  });

  it.each([
    [{ tokenPolicy: 'newest' }, /tokenPolicy must be one of latest-only, concurrent, got "newest"/],
    [{ notificationTokenUrl: 'ftp://x/token' }, /notificationTokenUrl must be an http\(s\) URL/],
  ])('when %p, then the boot stops naming the field', async (fields, problem) => {
    await expect(testSandbox({ FIXTURES_DIR: fixturesWith(fields) })).rejects.toThrow(problem);
  });
});
