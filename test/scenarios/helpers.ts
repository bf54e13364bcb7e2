// Moved to test/helpers/scenarios.ts (issue 16). This re-export keeps tests written against the old path
// compiling while other branches merge; delete it once nothing imports this path.
import { signedClient, type TestSandbox } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
export * from '../helpers/scenarios.js';
export const RICH_AUTH_CODE = RICH.authCode;

/** Now signedClient(sb, RICH). */
export const readyClient = (sb: TestSandbox) => signedClient(sb, RICH);
