import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { OPTIONS } from '../../src/config.js';
import { CONFIG_PAGE, withConfigTable } from './docs-config-table.js';

describe('the Configuration table of docs/configuration.md', () => {
  it('when compared with OPTIONS in src/config.ts, then it is exactly the generated table (fix: npm run docs:config)', () => {
    const page = readFileSync(CONFIG_PAGE, 'utf8');
    expect(page).toBe(withConfigTable(page));
  });

  it('then it lists every variable the issue names, and every option once', () => {
    const page = readFileSync(CONFIG_PAGE, 'utf8');
    for (const name of ['PORT', 'HOST', 'PUBLIC_BASE_URL', 'DATA_FILE', 'FIXTURES_DIR', 'SCENARIOS_DIR', 'ADMIN_TOKEN', 'TOKEN_TTL_SECONDS', 'TIMESTAMP_SKEW_SECONDS', 'LOG_LEVEL']) {
      expect(OPTIONS.some((o) => o.env === name)).toBe(true);
    }
    for (const o of OPTIONS) expect(page.split(`| \`${o.env}\` |`).length - 1).toBe(1);
  });
});
