import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseYaml } from '../lib/yaml.js';
import type { Scenario, ScenarioProblem } from './types.js';
import { validateScenario } from './validate.js';

/** A scenario that could not be read or is invalid: every problem, each with its JSON pointer. */
export class ScenarioInvalid extends Error {
  constructor(
    readonly source: string,
    readonly problems: ScenarioProblem[],
  ) {
    super(`${source} is not a valid scenario: ${problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`);
    this.name = 'ScenarioInvalid';
  }
}

export class ScenarioNotFound extends Error {
  constructor(
    readonly scenarioName: string,
    readonly dir: string,
    readonly available: string[],
  ) {
    super(`no scenario "${scenarioName}" in ${dir} (available: ${available.join(', ') || 'none'})`);
    this.name = 'ScenarioNotFound';
  }
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Parses scenario text; YAML is a superset of JSON, but JSON gets JSON's error messages. */
export function parseScenarioText(text: string, format: 'json' | 'yaml', source = 'scenario'): Scenario {
  let doc: unknown;
  try {
    doc = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ScenarioInvalid(source, [{ path: '/', message: `is not valid ${format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}` }]);
  }
  return checkScenario(doc, source);
}

export function checkScenario(doc: unknown, source = 'scenario'): Scenario {
  const result = validateScenario(doc);
  if (!result.ok) throw new ScenarioInvalid(source, result.problems);
  return result.scenario;
}

/** Names of the scenario files in a folder (file name without extension; schema.json excluded). */
export function listLibrary(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => EXTENSIONS.includes(extname(f)) && f !== 'schema.json')
    .map((f) => basename(f, extname(f)))
    .sort();
}

/** Reads and validates `<dir>/<name>.yaml|.yml|.json`. */
export function loadNamedScenario(dir: string, name: string): Scenario {
  if (!/^[\w.-]+$/.test(name) || name === 'schema') throw new ScenarioNotFound(name, dir, listLibrary(dir));
  for (const ext of EXTENSIONS) {
    const file = join(dir, `${name}${ext}`);
    if (existsSync(file)) return parseScenarioText(readFileSync(file, 'utf8'), ext === '.json' ? 'json' : 'yaml', `${name}${ext}`);
  }
  throw new ScenarioNotFound(name, dir, listLibrary(dir));
}
