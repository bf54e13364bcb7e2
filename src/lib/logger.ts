/** One structured line per event: readable in a terminal, JSON lines when stdout is not a TTY. */
export type Level = 'error' | 'warn' | 'info' | 'debug';
const RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;

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
  const emit = (lvl: Level, msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[lvl] > RANK[level]) return;
    const time = new Date().toISOString();
    if (!pretty) {
      out.write(`${JSON.stringify({ time, level: lvl, msg, ...fields })}\n`);
      return;
    }
    const rest = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    out.write(`${time.slice(11, 23)} ${lvl.toUpperCase().padEnd(5)} ${msg}${rest ? ` ${rest}` : ''}\n`);
  };
  return {
    error: (m, f) => emit('error', m, f),
    warn: (m, f) => emit('warn', m, f),
    info: (m, f) => emit('info', m, f),
    debug: (m, f) => emit('debug', m, f),
  };
}

export const silentLogger: Logger = createLogger('silent');
