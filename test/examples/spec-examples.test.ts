import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SPEC_DIR } from '../../src/paths.js';
import { ROOT, walk } from './collect.js';
import { document, METHODS, schemaProblems } from './spec-schemas.js';

/**
 * Every `example:` / `examples:` of spec/, found by walking the merged document, checked against
 * the schema it illustrates: answers against their response schema, parameters against theirs,
 * schema examples against the schema they sit in. Request body examples are sent to a fresh sandbox
 * by test/spec/spec-sweep.test.ts (valid for the validator and accepted); an example anywhere else
 * fails here until this test learns what it illustrates. Cases are named by the spec file and line
 * of the path or component that holds the example.
 */
type Node = Record<string, unknown>;

interface SpecExample {
  where: string[]; // keys from the document root
  value: unknown;
  schema: unknown;
  /** Set for answers of a SNAP operation: its service code. */
  serviceCode?: string;
  status?: string;
}

const isObject = (v: unknown): v is Node => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The example values of a node: `example`, or each `examples.<name>.value`. */
function valuesOf(node: Node): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  if ('example' in node) out.push({ name: 'example', value: node.example });
  if (isObject(node.examples)) for (const [name, ex] of Object.entries(node.examples)) if (isObject(ex) && 'value' in ex) out.push({ name: `examples.${name}`, value: ex.value });
  return out;
}

function collect(): { examples: SpecExample[]; unchecked: string[] } {
  const examples: SpecExample[] = [];
  const unchecked: string[] = [];
  const visit = (node: unknown, where: string[], context: { serviceCode?: string; status?: string; inSchema: boolean }) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...where, String(i)], context));
    if (!isObject(node)) return;
    const found = valuesOf(node);
    // A request body's own examples are sent to a sandbox by test/spec/spec-sweep.test.ts.
    const requestBodyMedia = where.includes('requestBody') && 'schema' in node && !context.inSchema;
    if (found.length && !requestBodyMedia) {
      const schema = 'schema' in node ? node.schema : context.inSchema || where[1] === 'schemas' ? { ...node, example: undefined, examples: undefined } : undefined;
      if (schema === undefined) unchecked.push(where.join(' > '));
      else for (const f of found) examples.push({ where: [...where, f.name], value: f.value, schema, serviceCode: context.serviceCode, status: context.status });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples') continue;
      const next = { ...context };
      if (typeof node['x-snap-service-code'] === 'string') next.serviceCode = node['x-snap-service-code'];
      if (where.at(-1) === 'responses') next.status = key;
      if (key === 'schema' || key === 'properties' || key === 'items' || (where[0] === 'components' && where[1] === 'schemas')) next.inSchema = true;
      visit(value, [...where, key], next);
    }
  };
  visit(document, [], { inSchema: false });
  return { examples, unchecked };
}

/** spec file and line of the path or component an example belongs to. */
const specFiles = walk(SPEC_DIR).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ file: relative(ROOT, f).replace(/\\/g, '/'), lines: readFileSync(f, 'utf8').split('\n') }));
function origin(where: string[]): string {
  const key = where[0] === 'paths' ? where[1]! : where[2]!;
  for (const { file, lines } of specFiles) {
    const line = lines.findIndex((l) => new RegExp(`^\\s+['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?:`).test(l));
    if (line !== -1) return `${file}:${line + 1}`;
  }
  return 'spec/';
}

function label(example: SpecExample): string {
  const w = example.where;
  if (w[0] === 'paths' && METHODS.includes(w[2] as never)) return `${origin(w)} ${w[2]!.toUpperCase()} ${w[1]} ${w.slice(3).join(' ')}`;
  return `${origin(w)} ${w.join(' > ')}`;
}

const { examples, unchecked } = collect();

describe('the examples of spec/', () => {
  it('finds answer, parameter and schema examples (so the cases below are not vacuous), and none it cannot check', () => {
    expect(examples.some((e) => e.where.includes('responses'))).toBe(true);
    expect(examples.some((e) => e.where[1] === 'parameters')).toBe(true);
    expect(examples.some((e) => e.where[1] === 'schemas')).toBe(true);
    expect(unchecked).toEqual([]);
  });

  it.each(examples.map((e) => ({ name: label(e), example: e })))('$name is valid for its schema', ({ example }) => {
    const problems = schemaProblems(example.schema, example.value);
    const code = (example.value as { responseCode?: unknown } | undefined)?.responseCode;
    if (example.status && typeof code === 'string') {
      if (/^\d{3}$/.test(example.status) && code.slice(0, 3) !== example.status) problems.push(`responseCode ${code} is not an HTTP ${example.status} code`);
      if (example.serviceCode && code.slice(3, 5) !== example.serviceCode) problems.push(`responseCode ${code} does not carry the service code ${example.serviceCode}`);
    }
    expect(problems).toEqual([]);
  });
});
