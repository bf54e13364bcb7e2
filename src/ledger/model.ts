/**
 * Every record the sandbox keeps, by what it is about. Rows are replaced whole through Table.put,
 * never mutated in place, so the store can track, roll back and persist each change.
 */
export * from './partner-records.js';
export * from './customer-records.js';
export * from './transaction-records.js';
export * from './call-records.js';
