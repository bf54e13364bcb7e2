// Moved to test/helpers/virtual-account.ts (issue 16). This re-export keeps tests written against the old path
// compiling while other branches merge; delete it once nothing imports this path.
import { signedClient, type TestSandbox } from '../helpers/harness.js';
export * from '../helpers/virtual-account.js';

/** Now signedClient(sb). */
export const vaClient = (sb: TestSandbox) => signedClient(sb);
