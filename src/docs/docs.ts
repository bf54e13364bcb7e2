import express, { Router } from 'express';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { OpenApiDocument } from '../http/openapi.js';

/** swagger-ui-dist is a dependency: its files are served from node_modules, never from a CDN. */
const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>doku-snap-sandbox · API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" href="/docs/assets/favicon-32x32.png">
<style>body{margin:0}.sandbox-bar{font:14px system-ui,sans-serif;padding:10px 20px;background:#1d2433;color:#fff}
.sandbox-bar a{color:#9fd3ff;margin-left:16px}</style></head>
<body><div class="sandbox-bar"><b>doku-snap-sandbox</b> · reference of spec/ (DOKU Wallet SNAP + the sandbox's admin API)
<a href="/openapi.json">openapi.json</a><a href="/dashboard">dashboard</a></div>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>`;

// "Try it out" stays available: admin calls work as is, SNAP calls need the signed headers.
const INIT = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  tryItOutEnabled: false,
  validatorUrl: null, // no badge fetched from validator.swagger.io
  presets: [SwaggerUIBundle.presets.apis],
});`;

/** /openapi.json (the merged spec/) and /docs (Swagger UI over it). Mounted before the spec validator. */
export function docsRouter(document: OpenApiDocument): Router {
  // Copied now: the validator may decorate the document object later.
  const copy = JSON.parse(JSON.stringify(document)) as OpenApiDocument & { servers?: { url: string; description?: string }[] };
  const router = Router();
  router.get('/openapi.json', (req, res) => {
    // "Try it out" and code generators should talk to the sandbox that served the document.
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const servers = [{ url: origin, description: 'this sandbox' }, ...(copy.servers ?? []).filter((s) => s.url !== origin)];
    res.type('application/json').send(JSON.stringify({ ...copy, servers }));
  });
  router.get(['/docs', '/docs/', '/docs/index.html'], (_req, res) => {
    res.type('html').send(INDEX);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT);
  });
  router.use('/docs/assets', express.static(SWAGGER_UI_DIR, { index: false, maxAge: '1h' }));
  return router;
}
