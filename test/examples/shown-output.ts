/**
 * Output shown in the docs against output produced now. What a reader could not get twice is
 * allowed to differ: `…` stands for anything (with the characters shown right before it, a
 * truncated value), and generated values (UUIDs, reference numbers, ids, OTPs, times) match any
 * value of their kind. Everything else, response codes and amounts included, must be identical.
 */
const GENERATED: [RegExp, string][] = [
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '[0-9a-f-]{36}'],
  [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g, '[0-9T:.+Z-]+'],
  [/\b\d\d:\d\d:\d\d\.\d{3}\b/g, '\\d\\d:\\d\\d:\\d\\d\\.\\d{3}'],
  // letters and digits mixed, 6 or more: reference numbers, linkIds, random suffixes
  [/\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,}\b/g, '[A-Za-z0-9]+'],
  // 6 digits (an OTP) or 9 and more (account ids, phone numbers), not an amount's integer part
  [/(?<![\d.])(?:\d{6}|\d{9,})(?![\d.])/g, '\\d+'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression source for shown text. */
export function shownPattern(shown: string): string {
  const parts = shown.split(/[A-Za-z0-9]*…/);
  return parts.map(literal).join('[\\s\\S]*?');
}

function literal(text: string): string {
  // Mark generated values (with a private-use character), escape the rest, then put the value patterns in.
  const marks: string[] = [];
  let marked = text;
  for (const [pattern, replacement] of GENERATED) {
    marked = marked.replace(pattern, () => {
      marks.push(replacement);
      return `\uE000${marks.length - 1}\uE000`;
    });
  }
  return escape(marked).replace(/\uE000(\d+)\uE000/g, (_m, i: string) => marks[Number(i)]!);
}

/** Each shown line matches the produced line at the same place; the same number of lines. */
export function linesMismatch(shown: string, actual: string): string | undefined {
  const want = shown.replace(/\s+$/, '').split('\n');
  const got = actual.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const line = want[i];
    if (line === undefined) return `an extra line ${i + 1} was printed: ${got[i]}`;
    if (got[i] === undefined) return `line ${i + 1} is missing: ${line}`;
    if (!new RegExp(`^${shownPattern(line.trimEnd())}$`).test(got[i]!)) return `line ${i + 1} differs:\n  shown:   ${line}\n  printed: ${got[i]}`;
  }
  return undefined;
}

/** Every shown piece appears in the output, in order (a piece may span lines where it shows `…`). */
export function piecesMismatch(shown: string[], actual: string): string | undefined {
  let from = 0;
  for (const piece of shown) {
    const re = new RegExp(shownPattern(piece), 'g');
    re.lastIndex = from;
    const m = re.exec(actual);
    if (!m) return `not printed (after what the earlier lines matched): ${piece}`;
    from = m.index + m[0].length;
  }
  return undefined;
}
