import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../lib/yaml.js';
import { SPEC_DIR } from '../paths.js';
import { cachedDocument } from './spec-cache.js';

/**
 * spec/ is split by capability: `doku-wallet-snap.yaml` holds the document root and shared
 * components, `paths/*.yaml` one DOKU capability each, `admin.yaml` + `admin/*.yaml` the
 * sandbox's own API (health and QA control). They are merged here into the one OpenAPI document that the validator, /openapi.json and /docs use.
 */
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
};

export interface OpenApiOperation {
  operationId?: string;
  'x-snap-service-code'?: string;
  'x-snap-auth'?: 'asymmetric' | 'symmetric';
  'x-snap-customer-token'?: 'required' | 'optional' | 'none';
  'x-snap-handler'?: string;
  'x-snap-idempotency-key'?: string;
  'x-snap-changes-state'?: boolean;
  requestBody?: { content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }> };
  [key: string]: unknown;
}

/** A SNAP operation as the HTTP layer serves it, read from the spec's x-snap-* extensions. */
export interface SnapOperation {
  path: string;
  method: string;
  operationId: string;
  handler: string;
  serviceCode: string;
  auth: 'asymmetric' | 'symmetric';
  customerToken: 'required' | 'optional' | 'none';
  idempotencyKey: string | undefined;
  /** A success changes state: with an idempotency key, or marked x-snap-changes-state (a repeat under its X-EXTERNAL-ID is answered again). */
  changesState: boolean;
}

export interface SpecBundle {
  document: OpenApiDocument;
  operations: SnapOperation[];
}

export class SpecError extends Error {
  constructor(problem: string) {
    super(`spec: ${problem}`);
    this.name = 'SpecError';
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];

function readYaml(file: string): Record<string, unknown> {
  try {
    return parseYaml(readFileSync(file, 'utf8'), file) as Record<string, unknown>;
  } catch (error) {
    throw new SpecError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(source)) {
    if (key in target) throw new SpecError(`${where}.${key} is defined twice`);
    target[key] = value;
  }
}

/** The files of spec/, in the order they are merged: the root, then the SNAP paths, then the admin API. */
function specFiles(dir: string): string[] {
  const yamlIn = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => join(dir, folder, f))
      : [];
  return [join(dir, 'doku-wallet-snap.yaml'), ...yamlIn('paths'), join(dir, 'admin.yaml'), ...yamlIn('admin')];
}

function mergeSpec([rootFile, ...parts]: string[]): OpenApiDocument {
  const root = readYaml(rootFile!) as OpenApiDocument;
  root.paths ??= {};
  root.components ??= {};
  for (const file of parts) {
    const part = readYaml(file);
    mergeInto(root.paths, (part.paths ?? {}) as Record<string, unknown>, `${file}: paths`);
    for (const [section, entries] of Object.entries((part.components ?? {}) as Record<string, Record<string, unknown>>)) {
      root.components[section] ??= {};
      mergeInto(root.components[section], entries, `${file}: components.${section}`);
    }
    if (Array.isArray(part.tags)) root.tags = [...((root.tags as unknown[]) ?? []), ...part.tags];
  }
  return root;
}

/** The merged document and its SNAP operations; the sandbox's own spec/ is merged once per change (spec-cache.ts). */
export function loadSpec(dir: string = SPEC_DIR): SpecBundle {
  const files = specFiles(dir);
  const root = dir === SPEC_DIR ? cachedDocument(files, () => mergeSpec(files)) : mergeSpec(files);
  return { document: root, operations: snapOperations(root) };
}

/**
 * The document without its SNAP operations: what express-openapi-validator checks (/admin,
 * /health). SNAP calls never reach it; they are validated at the SNAP door (http/snap-door.ts).
 */
export function sandboxOwnApi(document: OpenApiDocument): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const own = Object.entries(item).filter(([key, op]) => !(METHODS.includes(key) && op['x-snap-service-code'] !== undefined));
    if (own.some(([key]) => METHODS.includes(key))) paths[path] = Object.fromEntries(own);
  }
  return { ...document, paths: { ...paths, ...mirroredPaths(paths) } };
}

interface Mirror {
  prefix: string;
  except?: string[];
}

/**
 * The paths a path item's `x-mirrors` declares (spec/admin/tenants.yaml): every path under
 * `prefix` (but those under `except`) again under the mirroring path, with its parameters added
 * and each operationId suffixed `InTenant`. The document shows the rule once; the validator gets
 * every path it makes.
 */
function mirroredPaths(paths: OpenApiDocument['paths']): OpenApiDocument['paths'] {
  const out: OpenApiDocument['paths'] = {};
  for (const [base, item] of Object.entries(paths)) {
    const mirror = (item as { 'x-mirrors'?: Mirror })['x-mirrors'];
    if (!mirror) continue;
    const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
    const baseParameters = ((item as { parameters?: unknown[] }).parameters ?? []) as unknown[];
    for (const [path, source] of Object.entries(paths)) {
      if (!under(path, mirror.prefix) || (mirror.except ?? []).some((e) => under(path, e))) continue;
      // A deep copy: the validator merges path parameters into each operation's list in place.
      const copy = structuredClone(source) as Record<string, OpenApiOperation | unknown>;
      for (const method of METHODS) {
        const op = copy[method] as OpenApiOperation | undefined;
        if (op?.operationId) op.operationId = `${op.operationId}InTenant`;
      }
      copy.parameters = [...baseParameters, ...(((source as { parameters?: unknown[] }).parameters ?? []) as unknown[])];
      out[`${base}${path.slice(mirror.prefix.length)}`] = copy as OpenApiDocument['paths'][string];
    }
  }
  return out;
}

function snapOperations(document: OpenApiDocument): SnapOperation[] {
  const operations: SnapOperation[] = [];
  const seenIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new SpecError(`${method.toUpperCase()} ${path} has no operationId`);
      if (seenIds.has(op.operationId)) throw new SpecError(`operationId ${op.operationId} is used twice`);
      seenIds.add(op.operationId);
      const serviceCode = op['x-snap-service-code'];
      if (serviceCode === undefined) continue; // admin and health operations
      if (!/^\d{2}$/.test(serviceCode)) throw new SpecError(`${op.operationId}: x-snap-service-code must be two digits`);
      operations.push({
        path,
        method,
        operationId: op.operationId,
        handler: op['x-snap-handler'] ?? op.operationId,
        serviceCode,
        auth: op['x-snap-auth'] ?? 'symmetric',
        customerToken: op['x-snap-customer-token'] ?? 'none',
        idempotencyKey: op['x-snap-idempotency-key'],
        changesState: op['x-snap-idempotency-key'] !== undefined || op['x-snap-changes-state'] === true,
      });
    }
  }
  return operations;
}
