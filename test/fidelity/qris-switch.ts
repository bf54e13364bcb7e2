/**
 * QRIS MPM (issues 9/15) is being built on another branch. Its steps are written out in the SDK
 * contract test (sdk-contract.test.ts) and the wire replay (wire-replay.test.ts), as DOKU's SDK and
 * demo call them, and skipped while this is false. After merging the QRIS branch, set it to true.
 */
export const QRIS_STEPS_ON = false;
