import yaml from 'js-yaml';

/**
 * The one YAML parser, for spec/ and scenario files: js-yaml, ~6x faster than the `yaml` package on
 * the ~100 KB of spec/, which is most of the cold start. The core schema keeps date-like scalars as
 * strings (as YAML 1.2 does); merge keys (`<<: *anchor`) serve the spec's b2b/b2b2c twins.
 */
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types; // at runtime, missing from @types/js-yaml
const SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [merge] });

/** Parsed YAML, or a YAMLSyntaxError whose message ends with the 1-based line and column. */
export function parseYaml(text: string, filename?: string): unknown {
  try {
    return yaml.load(text, { schema: SCHEMA, filename });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const where = error.mark ? ` (line ${error.mark.line + 1}, column ${error.mark.column + 1})` : '';
    throw new YamlSyntaxError(`${error.reason}${where}`);
  }
}

export class YamlSyntaxError extends Error {
  override name = 'YamlSyntaxError';
}
