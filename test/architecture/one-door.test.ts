import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { testSandbox } from '../helpers/harness.js';

/**
 * Issue 16, one door for SNAP calls: exactly one place in src/ turns the spec's SNAP operations
 * into request handling (http/snap-door.ts, mounted once with app.use), no route of the app
 * answers a SNAP path, and nothing replaces Express's app.handle.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') }));

interface Layer {
  name: string;
  route?: { path: unknown };
  handle: { stack?: Layer[] };
  match(path: string): boolean;
}

/** Every layer of the app's router and of the routers mounted in it. */
function layersOf(stack: Layer[]): Layer[] {
  return stack.flatMap((layer) => [layer, ...(Array.isArray(layer.handle.stack) ? layersOf(layer.handle.stack) : [])]);
}

describe('one door for SNAP calls', () => {
  it('then only http/snap-door.ts builds handlers from SNAP operations, and app.ts hands it the operations once', () => {
    const builders = files.filter((f) => /\bSnapOperation\b/.test(f.text) && /\bRequestHandler\b/.test(f.text) && /operations\s*:\s*SnapOperation\[\]/.test(f.text)).map((f) => f.path);
    expect(builders).toEqual(['http/snap-door.ts']);
    const app = files.find((f) => f.path === 'app.ts')!.text;
    expect(app.match(/snapDoor\(/g)).toHaveLength(1);
    expect(app).not.toMatch(/for \(const \w+ of spec\.operations\)|spec\.operations\.(forEach|map)\(/);
  });

  it('then the server hands node:http the door\'s listener, which asks the door first and the app after', () => {
    const servers = files.filter((f) => /\bcreateServer\(/.test(f.text)).map((f) => f.path);
    expect(servers).toEqual(['server.ts']);
    expect(files.find((f) => f.path === 'server.ts')!.text).toMatch(/createServer\([^;]*sandbox\.listener\)/);
    expect(files.find((f) => f.path === 'app.ts')!.text).toMatch(/listener: door\.inFrontOf\(app\)/);
  });

  it('then nothing in src/ replaces app.handle or registers a route with a method taken from an operation', () => {
    const offenders = files.filter((f) => /\.handle\s*=[^=]/.test(f.text) || /\b(app|router)\[\s*\w+\.method/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('then the built app has the door as one layer, no route that matches a SNAP path, and its own app.handle', async () => {
    const sb = await testSandbox();
    const router = (sb.app as unknown as { router: { stack: Layer[] } }).router;
    const layers = layersOf(router.stack);
    expect(layers.filter((l) => l.name === 'snapDoorway')).toHaveLength(1);
    const routes = layers.filter((l) => l.route);
    expect(routes.length).toBeGreaterThan(10); // the pages', admin's and health's routes are seen
    const snapPaths = sb.spec.operations.map((op) => op.path);
    const answering = routes.filter((l) => snapPaths.some((path) => l.match(path) || l.match(`${path}/`))).map((l) => String(l.route!.path));
    expect(answering).toEqual([]);
    const handleOf = (app: unknown) => (app as { handle: unknown }).handle;
    expect(handleOf(sb.app)).toBe(handleOf(express.application));
  });
});
