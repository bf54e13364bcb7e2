import express, { Router, type RequestHandler } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import type { ScenarioEngine } from '../scenarios/engine.js';
import { checkScenario, listLibrary, parseScenarioText, ScenarioInvalid, ScenarioNotFound } from '../scenarios/loader.js';
import type { Scenario } from '../scenarios/types.js';

/** Media types under which POST /admin/scenarios takes a scenario written in YAML. */
export const YAML_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

/** Parses YAML bodies of /admin/scenarios to text; mounted before the spec validator, which then sees a string. */
export function scenarioYamlBody(limitBytes: number): RequestHandler {
  const text = express.text({ type: YAML_MEDIA_TYPES, limit: limitBytes });
  return (req, res, next) => (req.path === '/admin/scenarios' && req.method === 'POST' ? text(req, res, next) : next());
}

function engineOf(ctx: SandboxContext): ScenarioEngine {
  if (!ctx.scenarioEngine) throw new SnapError('GeneralError').withDiagnostics({ hint: 'this sandbox was built without a scenario engine' });
  return ctx.scenarioEngine;
}

/** Every problem of an invalid scenario goes back in the body, each with its JSON pointer. */
function asSnapError(error: unknown): unknown {
  if (error instanceof ScenarioInvalid) {
    return new SnapError('BadRequest', 'Invalid scenario').withEcho({ errors: error.problems });
  }
  if (error instanceof ScenarioNotFound) {
    return new SnapError('NotFound', `No scenario "${error.scenarioName}" in SCENARIOS_DIR`).withEcho({ available: error.available });
  }
  return error;
}

export function scenariosRouter(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/scenarios', (_req, res) => {
    const engine = engineOf(ctx);
    res.json({ scenarios: engine.list(), library: listLibrary(engine.dir) });
  });

  // The body is a scenario (JSON or YAML), or {"name": "<file in SCENARIOS_DIR>"}. Validation
  // happens before anything changes, so an invalid scenario leaves the active set as it was.
  router.post('/scenarios', (req, res) => {
    const engine = engineOf(ctx);
    try {
      const body: unknown = req.body;
      let view;
      if (typeof body === 'string') {
        view = engine.activate(parseScenarioText(body, 'yaml', 'request body'), 'api');
      } else if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 1 && typeof (body as { name?: unknown }).name === 'string') {
        view = engine.activateByName((body as { name: string }).name, 'api');
      } else {
        view = engine.activate(checkScenario(body, 'request body') as Scenario, 'api');
      }
      res.status(201).json(view);
    } catch (error) {
      throw asSnapError(error);
    }
  });

  router.delete('/scenarios/:id', (req, res) => {
    if (!engineOf(ctx).remove(req.params.id!)) throw new SnapError('NotFound', `No active scenario "${req.params.id}"`);
    res.status(204).end();
  });

  router.delete('/scenarios', (_req, res) => {
    engineOf(ctx).clear();
    res.status(204).end();
  });
  return router;
}
