import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configTable } from '../../src/config.js';

/**
 * Writes the Configuration table of docs/configuration.md from OPTIONS in src/config.ts: `npm run docs:config`.
 * docs-config-table.test.ts fails when the page and OPTIONS disagree.
 */
export const CONFIG_PAGE = fileURLToPath(new URL('../../docs/configuration.md', import.meta.url));
const START = '<!-- config-table:start -->';
const END = '<!-- config-table:end -->';

/** The page with the text between the markers replaced by the generated table. */
export function withConfigTable(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/configuration.md needs the markers ${START} and ${END}`);
  return `${page.slice(0, start + START.length)}\n${configTable()}\n${page.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(CONFIG_PAGE, 'utf8');
  const after = withConfigTable(before);
  if (after !== before) writeFileSync(CONFIG_PAGE, after);
  process.stdout.write(after === before ? 'docs/configuration.md table is up to date\n' : 'docs/configuration.md table written\n');
}
