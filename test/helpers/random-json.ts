/**
 * Random JSON-ish values for property tests: nested objects and arrays up to four levels, keys
 * and leaves drawn from the given lists (odd keys, undefined and odd numbers included by callers).
 */
export interface RandomJsonOptions {
  keys: string[];
  leaves: unknown[];
}

export function randomJson(rand: () => number, options: RandomJsonOptions, depth = 0): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.35) return options.leaves[Math.floor(rand() * options.leaves.length)];
  if (pick < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, options, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) out[options.keys[Math.floor(rand() * options.keys.length)]!] = randomJson(rand, options, depth + 1);
  return out;
}
