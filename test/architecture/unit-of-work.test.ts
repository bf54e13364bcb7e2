import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue 16, one unit of work: writers change the store through store.transact (atomically, a
 * durable commit, then the answer), so none can forget the commit or answer before it. Only the
 * unit of work itself (storage/) and the compaction (which waits for the log before its rename) call commit().
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('one unit of work', () => {
  it("only the store and the compaction call the store's commit(); every other writer uses transact", () => {
    const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') }));
    const callers = files.filter((f) => /\.commit\(\)/.test(f.text)).map((f) => f.path);
    expect(callers.sort()).toEqual(['storage/data-file/file-persistence.ts', 'storage/unit-of-work.ts']);
    expect(files.filter((f) => /\.transact\(/.test(f.text)).length).toBeGreaterThanOrEqual(8);
  });
});
