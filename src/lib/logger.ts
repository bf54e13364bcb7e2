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

export function createLogger(
  level: keyof typeof RANK,
  out: NodeJS.WritableStream = process.stdout,
  pretty: boolean = Boolean((out as { isTTY?: boolean }).isTTY),
): Logger {
  // Colours only on a real terminal that has not asked for none (https://no-color.org).
  const colour = pretty && Boolean((out as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
  const paint = (text: string, code: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const emit = (lvl: Level, msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[lvl] > RANK[level]) return;
    const time = new Date().toISOString();
    if (!pretty) {
      out.write(`${JSON.stringify({ time, level: lvl, msg, ...fields })}\n`);
      return;
    }
    const rest = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${typeof v === 'string' && /^[^\s"=]*$/.test(v) && v !== '' ? v : JSON.stringify(v)}`)
      .join(' ');
    const label = lvl.toUpperCase().padEnd(5);
    out.write(`${paint(time.slice(11, 23), DIM)} ${paint(label, COLOURS[lvl])} ${msg}${rest ? ` ${rest}` : ''}\n`);
  };
  return {
    error: (m, f) => emit('error', m, f),
    warn: (m, f) => emit('warn', m, f),
    info: (m, f) => emit('info', m, f),
    debug: (m, f) => emit('debug', m, f),
  };
}

export const silentLogger: Logger = createLogger('silent');
