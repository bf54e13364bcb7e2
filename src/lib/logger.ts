/** One structured line per event: readable in a terminal, JSON lines when stdout is not a TTY. */
export type Level = 'error' | 'warn' | 'info' | 'debug';
const RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;
const DIM = '2';
const COLOURS: Record<Level, string> = { error: '31', warn: '33', info: '36', debug: '90' };

export interface Logger {
  error(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Lines written to stdout when it is a pipe or a file (a container runtime, CI) are gathered and
 * written once per turn of the event loop: under load that is one system call for many requests
 * instead of one each, and the reader at the other end wakes up as rarely. Whatever is pending
 * when the process exits is written then. Other streams (tests, a terminal) get each line at once.
 */
const pending = new Map<NodeJS.WritableStream, string>();
let flushScheduled = false;

function flushAll(): void {
  flushScheduled = false;
  for (const [out, text] of pending) out.write(text);
  pending.clear();
}

function batched(out: NodeJS.WritableStream, line: string): void {
  const text = (pending.get(out) ?? '') + line;
  pending.set(out, text);
  if (text.length > 65_536) return flushAll();
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flushAll).unref();
  }
}
process.once('exit', flushAll);

export function createLogger(
  level: keyof typeof RANK,
  out: NodeJS.WritableStream = process.stdout,
  pretty: boolean = Boolean((out as { isTTY?: boolean }).isTTY),
): Logger {
  const write = out === process.stdout && !process.stdout.isTTY ? (line: string) => batched(out, line) : (line: string) => void out.write(line);
  // Colours only on a real terminal that has not asked for none (https://no-color.org).
  const colour = pretty && Boolean((out as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
  const paint = (text: string, code: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const emit = (lvl: Level, msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[lvl] > RANK[level]) return;
    const time = new Date().toISOString();
    if (!pretty) {
      write(`${JSON.stringify({ time, level: lvl, msg, ...fields })}\n`);
      return;
    }
    const rest = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${typeof v === 'string' && /^[^\s"=]*$/.test(v) && v !== '' ? v : JSON.stringify(v)}`)
      .join(' ');
    const label = lvl.toUpperCase().padEnd(5);
    write(`${paint(time.slice(11, 23), DIM)} ${paint(label, COLOURS[lvl])} ${msg}${rest ? ` ${rest}` : ''}\n`);
  };
  return {
    error: (m, f) => emit('error', m, f),
    warn: (m, f) => emit('warn', m, f),
    info: (m, f) => emit('info', m, f),
    debug: (m, f) => emit('debug', m, f),
  };
}

export const silentLogger: Logger = createLogger('silent');
