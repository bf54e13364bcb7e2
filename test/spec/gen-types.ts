import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadSpec, type SpecBundle } from '../../src/http/openapi.js';

/**
 * Writes src/generated/openapi.ts, the TypeScript types of spec/ (the merged document loadSpec()
 * builds, SNAP and admin alike), with openapi-typescript: `npm run gen:types`. The file is
 * committed so that `npm ci`, `npm start` and `npm run typecheck` need no generator run;
 * test/spec/generated-types.test.ts fails when it no longer matches spec/.
 */
export const GENERATED_TYPES = fileURLToPath(new URL('../../src/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * Generated from spec/ by \`npm run gen:types\` (test/spec/gen-types.ts, openapi-typescript).
 * Do not edit: change spec/ and run it again.
 */

`;

/** Each SNAP handler (x-snap-handler, else the operationId) with the operations it serves. */
function handlerOperations({ operations }: SpecBundle): string {
  const byHandler = new Map<string, string[]>();
  for (const op of operations) byHandler.set(op.handler, [...(byHandler.get(op.handler) ?? []), op.operationId]);
  const lines = [...byHandler].map(([handler, ids]) => `    ${handler}: ${ids.map((id) => JSON.stringify(id)).join(' | ')};`);
  return `/** Each SNAP handler (x-snap-handler, else the operationId) and the operations it serves. */\nexport interface SnapHandlerOperations {\n${lines.join('\n')}\n}\n`;
}

/** The text src/generated/openapi.ts should have for the spec as it is now. */
export async function generatedTypes(): Promise<string> {
  const spec = loadSpec();
  // openapi-typescript may annotate what it is given; the bundle's document stays as loaded.
  // emptyObjectsUnknown: an object schema that lists no properties takes any (Record<string, unknown>).
  const nodes = await openapiTS(structuredClone(spec.document) as unknown as OpenAPI3, { silent: true, emptyObjectsUnknown: true });
  return `${HEADER}${astToString(nodes)}\n${handlerOperations(spec)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const after = await generatedTypes();
  let before = '';
  try {
    before = readFileSync(GENERATED_TYPES, 'utf8');
  } catch {
    // first run
  }
  if (after !== before) writeFileSync(GENERATED_TYPES, after);
  process.stdout.write(after === before ? 'src/generated/openapi.ts is up to date\n' : 'src/generated/openapi.ts written\n');
}
