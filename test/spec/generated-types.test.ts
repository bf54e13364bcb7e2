import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { GENERATED_TYPES, generatedTypes } from './gen-types.js';

describe('src/generated/openapi.ts, the types generated from spec/', () => {
  it('when compared with spec/ as it is now, then it is exactly what the generator writes (fix: npm run gen:types)', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await generatedTypes());
  });

  it('then it holds the admin schemas and every SNAP handler with its operations', () => {
    const text = readFileSync(GENERATED_TYPES, 'utf8');
    for (const schema of ['AdminPartner', 'AdminAccount', 'AdminQrCode', 'AdminTransaction', 'ActiveScenario', 'SandboxClock', 'AdminNotification']) {
      expect(text).toContain(`        ${schema}: {`);
    }
    expect(text).toContain('    topUp: "topUp" | "topUpB2b2c";');
  });
});
