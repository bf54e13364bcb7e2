import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps the arrows of the design true (docs/architecture.md): Express stops at the edge, lowdb and
 * file formats stay in the storage engine, capabilities never import each other, lib/ and errors/ depend on nothing of ours, and
 * domain code takes time from the injected clock.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface SourceFile {
  path: string; // relative to src/, with forward slashes
  text: string;
  imports: string[]; // package names or src-relative paths
}

const files: SourceFile[] = sourceFiles(SRC).map((abs) => {
  const text = readFileSync(abs, 'utf8');
  const imports = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => {
    const spec = m[1]!;
    return spec.startsWith('.') ? relative(SRC, resolve(dirname(abs), spec)).replace(/\\/g, '/').replace(/\.js$/, '.ts') : spec;
  });
  return { path: relative(SRC, abs).replace(/\\/g, '/'), text, imports };
});

/** Every import cycle among src/ files, type-only imports included, each as `a → b → … → a`. */
function importCycles(): string[] {
  const graph = new Map(files.map((f) => [f.path, f.imports.filter((i) => i !== f.path && files.some((g) => g.path === i))]));
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const walk = (path: string, trail: string[]): void => {
    state.set(path, 'open');
    for (const next of graph.get(path) ?? []) {
      if (state.get(next) === 'open') cycles.add([...trail.slice(trail.indexOf(next)), path, next].join(' → '));
      else if (!state.has(next)) walk(next, [...trail, path]);
    }
    state.set(path, 'done');
  };
  for (const path of graph.keys()) if (!state.has(path)) walk(path, []);
  return [...cycles];
}

function violations(rule: (f: SourceFile, imported: string) => boolean): string[] {
  return files.flatMap((f) => f.imports.filter((i) => rule(f, i)).map((i) => `${f.path} imports ${i}`));
}

const area = (path: string) => path.match(/^snap\/([^/]+)\//)?.[1];

describe('the import arrows of the design', () => {
  it('reads the imports of src/ (so the rules below are not vacuous)', () => {
    const app = files.find((f) => f.path === 'app.ts');
    expect(app?.imports).toEqual(expect.arrayContaining(['express', 'http/snap-endpoint.ts']));
    expect(files.find((f) => f.path === 'ledger/seed.ts')?.imports).toContain('ledger/ledger.ts');
    expect(files.find((f) => f.path === 'ledger/store.ts')?.imports).toContain('storage/index.ts');
    expect(files.find((f) => f.path === 'storage/data-file/load-snapshot.ts')?.imports).toEqual(expect.arrayContaining(['lowdb/node', 'storage/unit-of-work.ts']));
  });

  it('only the HTTP edge imports express (http/, admin/, webview/, dashboard/, *.pages.ts, app, server)', () => {
    const edge = /^(http\/|admin\/|webview\/|dashboard\/|docs\/|app\.ts$|server\.ts$|index\.ts$)|\.pages\.ts$/;
    expect(violations((f, i) => (i === 'express' || i.startsWith('express-')) && !edge.test(f.path))).toEqual([]);
  });

  it('only the storage engine imports lowdb', () => {
    expect(violations((f, i) => i.startsWith('lowdb') && !f.path.startsWith('storage/'))).toEqual([]);
  });

  it('the storage engine imports nothing of the sandbox (only storage/ and lib/): its domain rules are handed in', () => {
    const project = (i: string) => files.some((f) => f.path === i);
    expect(violations((f, i) => f.path.startsWith('storage/') && project(i) && !/^(storage|lib)\//.test(i))).toEqual([]);
  });

  it('the rest of src/ reaches the storage engine only through its door, storage/index.ts', () => {
    expect(violations((f, i) => !f.path.startsWith('storage/') && i.startsWith('storage/') && i !== 'storage/index.ts')).toEqual([]);
  });

  it('a capability never imports another capability', () => {
    expect(violations((f, i) => Boolean(area(f.path) && area(i) && area(f.path) !== area(i)))).toEqual([]);
  });

  it('lib/ imports nothing of the project but lib/, and errors/ only errors/ and lib/', () => {
    const project = (i: string) => !i.startsWith('node:') && files.some((f) => f.path === i);
    expect(violations((f, i) => f.path.startsWith('lib/') && project(i) && !i.startsWith('lib/'))).toEqual([]);
    expect(violations((f, i) => f.path.startsWith('errors/') && project(i) && !/^(errors|lib)\//.test(i))).toEqual([]);
  });

  it('the ledger never reaches up into http/, snap/, admin/ or webview/', () => {
    expect(violations((f, i) => f.path.startsWith('ledger/') && /^(http|snap|admin|webview|dashboard|notify|scenarios)\//.test(i))).toEqual([]);
  });

  it('no two files of src/ import each other, directly or around a loop, type-only imports included', () => {
    expect(importCycles()).toEqual([]);
  });

  it('domain code (snap/, ledger/, notify/, scenarios/) takes time from the injected clock, not Date.now()', () => {
    const offenders = files.filter((f) => /^(snap|ledger|notify|scenarios)\//.test(f.path) && /Date\.now\(\)|new Date\(\)/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
