import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '../../src/http/openapi.js';
import { cachedDocument } from '../../src/http/spec-cache.js';
import { parseYaml } from '../../src/lib/yaml.js';
import { SPEC_DIR } from '../../src/paths.js';

/** The merged spec/ is kept as JSON between boots; an edit to any spec file must be seen at the next boot. */
const dir = mkdtempSync(join(tmpdir(), 'dss-spec-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function specFile(name: string, title: string): string {
  const file = join(dir, name);
  writeFileSync(file, `info:\n  title: ${title}\n`);
  return file;
}

describe('the spec cache', () => {
  it('when no spec file changed, then the document comes from the cache without parsing; after an edit, from the files again', () => {
    const cache = join(dir, 'cache', 'spec.json');
    const file = specFile('a.yaml', 'first');
    let merges = 0;
    const merge = () => {
      merges++;
      return parseYaml(readFileSync(file, 'utf8'), file);
    };

    expect(cachedDocument([file], merge, cache)).toEqual({ info: { title: 'first' } });
    expect(cachedDocument([file], merge, cache)).toEqual({ info: { title: 'first' } });
    expect(merges).toBe(1);

    writeFileSync(file, 'info:\n  title: second\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(cachedDocument([file], merge, cache)).toEqual({ info: { title: 'second' } });
    expect(merges).toBe(2);
  });

  it('when the cache cannot be written (a read-only install), then the files are parsed each time and the document is whole', () => {
    const file = specFile('b.yaml', 'kept');
    let merges = 0;
    const merge = () => {
      merges++;
      return parseYaml(readFileSync(file, 'utf8'), file);
    };
    // A path under a regular file: no one can make that folder, root included.
    const cache = join(file, 'cache', 'spec.json');
    expect(cachedDocument([file], merge, cache)).toEqual({ info: { title: 'kept' } });
    expect(cachedDocument([file], merge, cache)).toEqual({ info: { title: 'kept' } });
    expect(merges).toBe(2);
  });

  it('then the sandbox\'s own spec/ loads the same from the cache as from its YAML', () => {
    const fromCache = loadSpec();
    const again = loadSpec();
    const yamlFiles = readdirSync(join(SPEC_DIR, 'paths')).filter((f) => f.endsWith('.yaml'));
    expect(again.document).toEqual(fromCache.document);
    expect(Object.keys(fromCache.document.paths).length).toBeGreaterThan(yamlFiles.length);
    // A copy of spec/ elsewhere is never cached: merged from its YAML, it is the same document.
    expect(loadSpec(SPEC_DIR.replace(/\/$/, '') + '/../spec/').document).toEqual(fromCache.document);
  });
});
