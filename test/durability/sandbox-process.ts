// Moved to test/helpers/sandbox-process.ts (issue 16). This re-export keeps tests written against the old path
// compiling while other branches merge; delete it once nothing imports this path.
export * from '../helpers/sandbox-process.js';
