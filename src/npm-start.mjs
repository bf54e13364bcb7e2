// `npm start`: compiles src/ only when a source is newer than the last build, then runs dist/main.js
// in this same process. After `npm ci` (whose prepare step builds) a start costs a directory walk,
// not a tsc run. Plain JavaScript because it must run before anything is compiled.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'main.js');

/** The newest modification time under dir; a folder's own time counts, so a deleted file does too. */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {
  // never built
}
const sourcesAt = Math.max(
  newestMtime(join(root, 'src')),
  ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => statSync(join(root, f)).mtimeMs),
);
if (sourcesAt > builtAt) {
  process.stderr.write('doku-snap-sandbox: sources changed since the last build; compiling (npm run build)…\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}
await import('../dist/main.js');
