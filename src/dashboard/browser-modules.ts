import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The dashboard's browser script: the ES modules of src/dashboard/browser/ (TypeScript with its
 * own tsconfig, lib DOM). `npm run build` compiles them next to this module, so from dist/ they
 * are read as they are; run from src/ (jest, tsx) nothing is built, so each is compiled from its
 * .ts with that same tsconfig on its first request (TypeScript is then installed: a dev run).
 */
const DIR = fileURLToPath(new URL('./browser/', import.meta.url));

interface Modules {
  extension: '.js' | '.ts';
  names: string[];
}

let found: Modules | undefined;

/** The modules there are (app, dom …), each served as /dashboard/<name>.js: built ones, else the sources. */
function modules(): Modules {
  if (!found) {
    const files = existsSync(DIR) ? readdirSync(DIR) : [];
    const extension = files.includes('app.js') ? '.js' : '.ts';
    found = { extension, names: files.filter((f) => f.endsWith(extension) && !f.endsWith('.d.ts')).map((f) => f.slice(0, -extension.length)) };
  }
  return found;
}

const served = new Map<string, Promise<string>>();

/** The JavaScript of one module; undefined for a name that is not one. */
export function browserModule(name: string): Promise<string> | undefined {
  const { extension, names } = modules();
  if (!names.includes(name)) return undefined;
  let js = served.get(name);
  if (!js) {
    const file = join(DIR, name + extension);
    js = extension === '.js' ? Promise.resolve(readFileSync(file, 'utf8')) : transpile(file);
    served.set(name, js);
  }
  return js;
}

async function transpile(file: string): Promise<string> {
  const ts = (await import('typescript')).default;
  const tsconfig = ts.readConfigFile(join(DIR, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(tsconfig.config, ts.sys, DIR);
  return ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file }).outputText;
}
