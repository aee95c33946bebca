import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting Pejling reads from the environment. This module is the only place that reads
 * `process.env`; the README's configuration table lists the same settings and defaults.
 */
const booleanString = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

const EnvSchema = z.object({
  PORT: positiveInt(0, 65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v) || /^sqlite:/.test(v), {
      message: 'must start with postgres://, postgresql:// or sqlite:',
    })
    .default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://pejling.example.dk' }).optional(),
  TRUST_PROXY: booleanString.default(false),
  BODY_LIMIT_BYTES: positiveInt(1024, 50 * 1024 * 1024).default(1024 * 1024),
  SESSION_TTL_HOURS: positiveInt(1, 24 * 90).default(12),
  LOGIN_RATE_LIMIT: positiveInt(1, 100000).default(10),
  JOIN_RATE_LIMIT: positiveInt(1, 100000).default(300),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  logFormat: 'json' | 'pretty';
  cookieSecret: string;
  publicUrl: string;
  trustProxy: boolean;
  bodyLimitBytes: number;
  sessionTtlHours: number;
  loginRateLimit: number;
  /** Joins of a workshop per minute per client address (phones in one room often share an address). */
  joinRateLimit: number;
  env: 'development' | 'production' | 'test';
  /** Folder with the built web app; absent in API-only test runs. */
  webDir: string | null;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Setting values as they may appear in messages: secrets hidden, passwords in URLs masked. */
function shown(name: string, value: string): string {
  if (name === 'COOKIE_SECRET') return '(hidden)';
  return JSON.stringify(value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'));
}

/** Reads and validates the configuration; throws ConfigError naming every bad setting. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = EnvSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '?');
        return `${name}=${shown(name, relevant[name] ?? '')}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const database: DatabaseConfig = e.DATABASE_URL.startsWith('postgres')
    ? { dialect: 'postgresql', url: e.DATABASE_URL }
    : {
        dialect: 'sqlite',
        file: e.DATABASE_URL.startsWith('sqlite:') ? resolve(e.DATABASE_URL.slice('sqlite:'.length)) : join(dataDir, 'pejling.db'),
      };
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty'),
    cookieSecret: e.COOKIE_SECRET ?? '',
    publicUrl,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    joinRateLimit: e.JOIN_RATE_LIMIT,
    env: e.NODE_ENV,
    webDir: null,
    ...overrides,
  };
}

/**
 * Without COOKIE_SECRET, a random secret is generated once and kept in DATA_DIR so sessions
 * survive a restart; the file is readable by its owner only.
 */
export function ensureCookieSecret(config: Config): Config {
  if (config.cookieSecret) return config;
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'cookie-secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return { ...config, cookieSecret: readFileSync(file, 'utf8').trim() };
}
