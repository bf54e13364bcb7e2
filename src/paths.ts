import { fileURLToPath } from 'node:url';

/** The package root, found from this module so it works from src/ (tsx, jest) and dist/ (node). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SPEC_DIR = fileURLToPath(new URL('../spec/', import.meta.url));
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const DEFAULT_SCENARIOS_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
