import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/** Where the merged spec/ is kept between boots (the usual home of a package's caches). */
const CACHE_FILE = join(PACKAGE_ROOT, 'node_modules', '.cache', 'doku-snap-sandbox', 'spec.json');

/** Each file's name, size and modification time: any edit to spec/ makes another fingerprint. */
function fingerprint(files: string[]): string {
  return files
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .join('\n');
}

/**
 * The merged spec/ as JSON, reused while no file of it changed. Parsing its YAML was the largest
 * single part of a boot (~50–100 ms of `npm start`); parsing the same document as JSON takes ~3 ms.
 * Best effort: an unreadable or unwritable cache only means the YAML is parsed.
 */
export function cachedDocument<T>(files: string[], merge: () => T, cacheFile = CACHE_FILE): T {
  const key = fingerprint(files);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; document: T };
    if (cached.key === key) return cached.document;
  } catch {
    // no cache yet, or one from another version: merged below
  }
  const document = merge();
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written aside, then renamed over: sandboxes booting side by side never read half a file.
    const aside = `${cacheFile}.${process.pid}.${Date.now()}`;
    writeFileSync(aside, JSON.stringify({ key, document }));
    renameSync(aside, cacheFile);
  } catch {
    // a read-only install: the next boot parses the YAML again
  }
  return document;
}
