// Moved to test/helpers/ledger-support.ts (issue 16). This re-export keeps tests written against the old path
// compiling while other branches merge; delete it once nothing imports this path.
export * from '../helpers/ledger-support.js';
export { BLOCKED, EMPTY, RICH } from '../helpers/personas.js';
