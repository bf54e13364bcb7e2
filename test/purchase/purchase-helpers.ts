// Moved to test/helpers/purchase.ts (issue 16). This re-export keeps tests written against the old path
// compiling while other branches merge; delete it once nothing imports this path.
import { signedClient, type TestSandbox, type Customer } from '../helpers/harness.js';
import { RICH } from '../helpers/personas.js';
export * from '../helpers/purchase.js';
export { BLOCKED, EMPTY, RICH } from '../helpers/personas.js';

/** Now signedClient(sb, persona). */
export const customerClient = (sb: TestSandbox, persona: Customer = RICH) => signedClient(sb, persona);
