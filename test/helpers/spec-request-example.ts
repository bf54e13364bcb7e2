import type { OpenApiDocument, SnapOperation } from '../../src/http/openapi.js';

/**
 * The JSON request body an operation documents: its `example`, else the first of its named
 * `examples` (OpenAPI allows either; QR MPM Generate shows three). `{}` when it documents none.
 */
export function requestExample(document: OpenApiDocument, op: Pick<SnapOperation, 'path' | 'method'>): Record<string, unknown> {
  const media = document.paths[op.path]?.[op.method]?.requestBody?.content?.['application/json'];
  return (media?.example ?? Object.values(media?.examples ?? {})[0]?.value ?? {}) as Record<string, unknown>;
}
