/**
 * Environment variables and matching CLI flags → one typed Config. The option table below is
 * the single list: --help and the Configuration table of docs/configuration.md are generated from the same rows.
 */
import { TOKEN_POLICIES, type TokenPolicy } from './ledger/model.js';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface Config {
  port: number;
  host: string;
  publicBaseUrl: string | undefined;
  dataFile: string | undefined;
  fixturesDir: string | undefined;
  scenariosDir: string | undefined;
  scenarios: string[];
  adminToken: string | undefined;
  dokuPrivateKeyFile: string | undefined;
  tokenTtlSeconds: number;
  tokenPolicy: TokenPolicy;
  timestampSkewSeconds: number;
  otpTtlSeconds: number;
  pinLockSeconds: number;
  qrValiditySeconds: number;
  bodyLimitBytes: number;
  journalSize: number;
  logLevel: LogLevel;
  validateResponses: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

interface OptionSpec {
  key: keyof Config;
  env: string;
  flag: string;
  aliases?: string[];
  default: string;
  help: string;
  parse: (raw: string, env: string) => unknown;
}

const int = (min: number, max: number) => (raw: string, env: string) => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(env, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
};
const text = (raw: string) => raw;
const optional = (raw: string) => (raw === '' ? undefined : raw);
const url = (raw: string, env: string) => {
  if (raw === '') return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw new ConfigError(env, `must be an http(s) URL such as http://localhost:8080, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
};
const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const bool = (raw: string, env: string) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off|)$/i.test(raw)) return false;
  throw new ConfigError(env, `must be true or false, got "${raw}"`);
};
const oneOf = (values: readonly string[]) => (raw: string, env: string) => {
  if (!values.includes(raw)) throw new ConfigError(env, `must be one of ${values.join(', ')}, got "${raw}"`);
  return raw;
};
const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'];
const logLevel = (raw: string, env: string) => {
  if (!LOG_LEVELS.includes(raw)) throw new ConfigError(env, `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
};

export const OPTIONS: OptionSpec[] = [
  { key: 'port', env: 'PORT', flag: '--port', default: '8080', help: 'TCP port to listen on (0 picks a free port)', parse: int(0, 65535) },
  { key: 'host', env: 'HOST', flag: '--host', default: '0.0.0.0', help: 'Interface to bind', parse: text },
  { key: 'publicBaseUrl', env: 'PUBLIC_BASE_URL', flag: '--public-base-url', default: '', help: 'Base URL of links to the sandbox\'s own pages (PIN pages); default http://localhost:<port>', parse: url },
  { key: 'dataFile', env: 'DATA_FILE', flag: '--data-file', aliases: ['--data'], default: '', help: 'Unset: in-memory store. Set: state persisted to this JSON file, lowdb-compatible but not lowdb: a snapshot a plain lowdb or jq reads (and a plain lowdb file is read), with a change log beside it (<file>.log); see docs/persistence.md', parse: optional },
  { key: 'fixturesDir', env: 'FIXTURES_DIR', flag: '--fixtures-dir', default: '', help: 'Folder of seed data (partners, wallets, banks); default the bundled fixtures/', parse: optional },
  { key: 'scenariosDir', env: 'SCENARIOS_DIR', flag: '--scenarios-dir', default: '', help: 'Folder of scenario files; default the bundled scenarios/', parse: optional },
  { key: 'scenarios', env: 'SCENARIOS', flag: '--scenario', default: '', help: 'Scenarios to activate at startup, by name (comma-separated; the flag may repeat)', parse: list },
  { key: 'adminToken', env: 'ADMIN_TOKEN', flag: '--admin-token', default: '', help: 'When set, /admin requires Authorization: Bearer <token>', parse: optional },
  { key: 'dokuPrivateKeyFile', env: 'DOKU_PRIVATE_KEY_FILE', flag: '--doku-private-key-file', default: '', help: 'RSA private key (PEM) the sandbox signs with as DOKU: its tokens and its token requests to partners (GET /admin/keys shows the public key); default the TEST-ONLY pair in fixtures/keys', parse: optional },
  { key: 'tokenTtlSeconds', env: 'TOKEN_TTL_SECONDS', flag: '--token-ttl-seconds', default: '900', help: 'Access-token lifetime; every successful use slides it', parse: int(1, 31_536_000) },
  { key: 'tokenPolicy', env: 'TOKEN_POLICY', flag: '--token-policy', default: 'latest-only', help: 'latest-only: a new access token retires the previous one of the client (B2B) or client + account (B2B2C); concurrent: every token lives until its own expiry. A partner may override it (tokenPolicy)', parse: oneOf(TOKEN_POLICIES) },
  { key: 'timestampSkewSeconds', env: 'TIMESTAMP_SKEW_SECONDS', flag: '--timestamp-skew-seconds', default: '300', help: 'How far X-TIMESTAMP may be from the sandbox clock', parse: int(0, 31_536_000) },
  { key: 'otpTtlSeconds', env: 'OTP_TTL_SECONDS', flag: '--otp-ttl-seconds', default: '300', help: 'OTP lifetime', parse: int(1, 86_400) },
  { key: 'pinLockSeconds', env: 'PIN_LOCK_SECONDS', flag: '--pin-lock-seconds', default: '1800', help: 'How long 3 wrong PINs lock a wallet', parse: int(0, 31_536_000) },
  { key: 'qrValiditySeconds', env: 'QR_VALIDITY_SECONDS', flag: '--qr-validity-seconds', default: '1800', help: 'How long a dynamic QRIS code stays payable when Generate sends no validityPeriod (sandbox clock)', parse: int(1, 31_536_000) },
  { key: 'bodyLimitBytes', env: 'BODY_LIMIT_BYTES', flag: '--body-limit-bytes', default: '65536', help: 'Largest request body accepted (413 above it)', parse: int(1024, 10_485_760) },
  { key: 'journalSize', env: 'JOURNAL_SIZE', flag: '--journal-size', default: '1000', help: 'How many requests the journal keeps', parse: int(1, 1_000_000) },
  { key: 'logLevel', env: 'LOG_LEVEL', flag: '--log-level', default: 'info', help: 'silent, error, warn, info or debug', parse: logLevel },
  { key: 'validateResponses', env: 'VALIDATE_RESPONSES', flag: '--validate-responses', default: 'false', help: 'Also validate responses against spec/ (tests turn it on)', parse: bool },
];

/** Builds the Config from environment variables overridden by CLI flags. Throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env, argv: string[] = []): Config {
  const raw = new Map<OptionSpec, string>();
  for (const option of OPTIONS) {
    const value = env[option.env];
    if (value !== undefined) raw.set(option, value);
  }
  const repeated = new Map<OptionSpec, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = OPTIONS.find((o) => o.flag === name || o.aliases?.includes(name));
    if (!option) throw new ConfigError(arg, 'unknown flag (see --help)');
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(option.flag, 'needs a value');
    if (option.key === 'scenarios') repeated.set(option, [...(repeated.get(option) ?? []), value]);
    else raw.set(option, value);
  }
  for (const [option, values] of repeated) raw.set(option, values.join(','));

  const config: Record<string, unknown> = {};
  for (const option of OPTIONS) {
    const source = raw.has(option) ? raw.get(option)! : option.default;
    const label = raw.has(option) ? option.env : `${option.env} (default)`;
    config[option.key] = option.parse(source, label);
  }
  return config as unknown as Config;
}

export function helpText(): string {
  const rows = OPTIONS.map((o) => `  ${[o.flag, ...(o.aliases ?? [])].join(', ').padEnd(28)} ${o.env.padEnd(24)} ${(o.default || '-').padEnd(8)} ${o.help}`);
  return [
    'doku-snap-sandbox: a stateful emulator of DOKU Wallet SNAP APIs',
    '',
    'Usage: doku-snap-sandbox [flags]   (every flag also reads its environment variable)',
    '',
    `  ${'flag'.padEnd(28)} ${'environment'.padEnd(24)} ${'default'.padEnd(8)} meaning`,
    ...rows,
    `  ${'--help, -h'.padEnd(28)} ${''.padEnd(24)} ${''.padEnd(8)} this text`,
    `  ${'--version, -v'.padEnd(28)} ${''.padEnd(24)} ${''.padEnd(8)} print the version`,
  ].join('\n');
}

/**
 * The Configuration table of docs/configuration.md, from the same rows as --help. `npm run docs:config` writes it
 * between the config-table markers; test/config/docs-config-table.test.ts fails when they drift apart.
 */
export function configTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '\\<');
  const rows = OPTIONS.map((o) => {
    const flags = [o.flag, ...(o.aliases ?? [])].map((f) => `\`${f}\``).join(', ');
    return `| \`${o.env}\` | ${flags} | ${o.default ? `\`${o.default}\`` : '(unset)'} | ${cell(o.help)} |`;
  });
  return ['| Variable | Flag | Default | Meaning |', '|---|---|---|---|', ...rows].join('\n');
}
