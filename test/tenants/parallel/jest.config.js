import { createDefaultEsmPreset } from 'ts-jest';

/**
 * Two test files, run in parallel by jest's workers against one sandbox that globalSetup starts,
 * each in a tenant of its own (issue 17). Run by test/tenants/parallel-files.test.ts; alone:
 * node --experimental-vm-modules node_modules/jest/bin/jest.js -c test/tenants/parallel/jest.config.js
 * @type {import('jest').Config}
 */
export default {
  ...createDefaultEsmPreset(),
  rootDir: '../../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/tenants/parallel'],
  testMatch: ['**/*.parallel.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/tenants/parallel/global-setup.ts',
  globalTeardown: '<rootDir>/test/tenants/parallel/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
