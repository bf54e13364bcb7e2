import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCENARIOS_DIR } from '../paths.js';

/**
 * The example in the dashboard's "Load a scenario" box is a file of the bundled library, read at
 * startup, so the example and the library cannot drift apart (test/dashboard/scenario-example.test.ts
 * loads it through the page).
 */
export const EXAMPLE_SCENARIO_FILE = 'token-down.yaml';

export function exampleScenario(dir: string = DEFAULT_SCENARIOS_DIR): string {
  // The editor modeline points at ./schema.json beside the file: it means nothing in the dashboard.
  return readFileSync(join(dir, EXAMPLE_SCENARIO_FILE), 'utf8').replace(/^# yaml-language-server:.*\n/, '').trimEnd();
}
