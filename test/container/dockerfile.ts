/** A small Dockerfile reader for the lint test: instructions, continuation lines joined, comments dropped. */

export interface Instruction {
  keyword: string; // upper-case: FROM, RUN, COPY…
  args: string; // everything after the keyword, continuations joined with a space
  line: number; // 1-based line where the instruction starts
}

export interface Stage {
  from: string; // image reference as written
  name: string | undefined; // the `AS name`
  instructions: Instruction[]; // FROM included
}

export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split(/\r?\n/);
  let pending: { parts: string[]; line: number } | undefined;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comments (and parser directives) are whole lines starting with '#', also inside continuations.
    if (trimmed.startsWith('#')) return;
    if (!pending && trimmed === '') return;
    const continues = /\\\s*$/.test(raw);
    const part = continues ? raw.replace(/\\\s*$/, '').trim() : trimmed;
    if (!pending) pending = { parts: [], line: index + 1 };
    if (part) pending.parts.push(part);
    if (!continues) {
      const joined = pending.parts.join(' ');
      const match = /^(\S+)\s*(.*)$/.exec(joined);
      if (match) out.push({ keyword: match[1]!.toUpperCase(), args: match[2]!, line: pending.line });
      pending = undefined;
    }
  });
  if (pending) throw new Error(`Dockerfile ends inside a continuation started on line ${pending.line}`);
  return out;
}

export function stages(instructions: Instruction[]): Stage[] {
  const result: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const asIndex = words.findIndex((w) => w.toUpperCase() === 'AS');
      result.push({ from: words[0]!, name: asIndex >= 0 ? words[asIndex + 1] : undefined, instructions: [instruction] });
    } else if (result.length > 0) {
      result[result.length - 1]!.instructions.push(instruction);
    } else if (instruction.keyword !== 'ARG') {
      throw new Error(`line ${instruction.line}: ${instruction.keyword} before the first FROM`);
    }
  }
  return result;
}

/** Exec form (`["a","b"]`) → the array; shell form → undefined. */
export function execForm(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return undefined;
  const parsed: unknown = JSON.parse(trimmed);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) throw new Error(`not a JSON string array: ${args}`);
  return parsed as string[];
}

/** ENV in either form: `ENV A=1 B="two"` or the legacy `ENV A 1`. */
export function envPairs(args: string): Record<string, string> {
  const trimmed = args.trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(trimmed)) {
    const [key, ...rest] = trimmed.split(/\s+/);
    return { [key!]: rest.join(' ') };
  }
  const pairs: Record<string, string> = {};
  for (const match of trimmed.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    const value = match[2]!;
    pairs[match[1]!] = /^["']/.test(value) ? value.slice(1, -1) : value;
  }
  return pairs;
}

/** Splits an image reference into name, tag and digest (`node:20-bookworm-slim`, `x@sha256:…`). */
export function imageRef(ref: string): { name: string; tag: string | undefined; digest: string | undefined } {
  const [withTag, digest] = ref.split('@');
  const slash = withTag!.lastIndexOf('/');
  const colon = withTag!.lastIndexOf(':');
  if (colon > slash) return { name: withTag!.slice(0, colon), tag: withTag!.slice(colon + 1), digest };
  return { name: withTag!, tag: undefined, digest };
}

/** Flags before the sources of COPY/ADD (`--from=build`, `--chown=node:node`) and the rest. */
export function copyParts(args: string): { flags: Record<string, string>; sources: string[]; dest: string } {
  const form = execForm(args);
  const words = form ?? args.split(/\s+/).filter(Boolean);
  const flags: Record<string, string> = {};
  while (words[0]?.startsWith('--')) {
    const [flag, value] = words.shift()!.slice(2).split('=');
    flags[flag!] = value ?? '';
  }
  return { flags, sources: words.slice(0, -1), dest: words[words.length - 1] ?? '' };
}
