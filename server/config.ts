import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

const positiveInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const csvList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/**
 * Every setting Daybook reads from the environment. `.env.example` documents each one;
 * a test checks that the two stay in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: httpUrl.optional(),
  ALLOW_INSECURE_HTTP: booleanFlag.default(false),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:')
    .optional(),
  DB_POOL_MAX: positiveInt(1, 200).default(10),
  DB_SLOW_QUERY_MS: positiveInt(1, 600_000).default(200),
  DB_BUSY_TIMEOUT_MS: positiveInt(0, 600_000).default(5000),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  CACHE_MAX_ENTRIES: positiveInt(1, 10_000_000).default(10_000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value.trim(), 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  DATA_ENCRYPTION_PREVIOUS_KEYS: csvList
    .pipe(z.array(z.string().refine((value) => Buffer.from(value, 'base64').length === 32, 'each key must be 32 bytes, base64-encoded')))
    .default([]),
  AI_PROVIDER: z.enum(['local', 'openai']).default('local'),
  AI_BASE_URL: httpUrl.optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_MODEL: z.string().min(1).max(200).default('gpt-4o-mini'),
  AI_MAX_TOKENS: positiveInt(16, 32_000).default(400),
  AI_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.4),
  AI_TIMEOUT_MS: positiveInt(1000, 120_000).default(15_000),
  RATE_LIMIT_AI_PER_MINUTE: positiveInt(1, 10_000).default(10),
  AI_DAILY_TOKEN_BUDGET: positiveInt(1000, 100_000_000).default(50_000),
  MAX_INPUT_LENGTH: positiveInt(100, 100_000).default(5000),
  BUDGET_ALERT_THRESHOLDS: csvList
    .pipe(z.array(z.string().regex(/^\d{1,3}$/, 'must be whole percentages such as 80,100').transform(Number).pipe(z.number().int().min(1).max(200))).min(1).max(5))
    .transform((list) => [...new Set(list)].sort((a, b) => a - b))
    .default([80, 100]),
  REGISTRATION: z.enum(['open', 'invite', 'closed']).default('invite'),
  REQUIRE_EMAIL_VERIFICATION: booleanFlag.default(false),
  SESSION_REMEMBER_DAYS: positiveInt(1, 30).default(7),
  SESSION_MAX_AGE_DAYS: positiveInt(1, 365).default(30),
  RATE_LIMIT_API_PER_MINUTE: positiveInt(1, 1_000_000).default(300),
  RATE_LIMIT_SIGN_IN_PER_15_MINUTES: positiveInt(1, 100_000).default(10),
  RATE_LIMIT_SIGN_UP_PER_HOUR: positiveInt(1, 100_000).default(5),
  RATE_LIMIT_ADMIN_PER_MINUTE: positiveInt(1, 1_000_000).default(60),
  AUDIT_RETENTION_DAYS: positiveInt(30, 3650).default(365),
  LOGIN_DISABLE_AFTER_FAILURES: positiveInt(5, 10_000).default(100),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Daybook <daybook@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: csvList.pipe(z.array(httpUrl)).default([]),
  TRUST_PROXY: z
    .string()
    .refine((value) => !/^(true|\*|\d+)$/i.test(value.trim()), 'name the proxy by address, CIDR or loopback; trusting any proxy lets clients forge their IP')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .optional(),
  BODY_LIMIT_BYTES: positiveInt(1024, 100 * 1024 * 1024).default(1024 * 1024),
  REQUEST_TIMEOUT_MS: positiveInt(1000, 600_000).default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt(1000, 600_000).default(72_000),
  SHUTDOWN_TIMEOUT_MS: positiveInt(1000, 60_000).default(10_000),
  MAX_EVENT_LOOP_DELAY_MS: positiveInt(10, 60_000).default(1000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  API_DOCS: booleanFlag.default(true),
});

export type Env = z.output<typeof envSchema>;

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

export interface Config extends Env {
  /** Absolute data directory. */
  dataDir: string;
  database: DatabaseTarget;
  publicUrl: URL;
  /** True when the app is reached over HTTPS, so HSTS and `__Host-` cookies apply. */
  secureTransport: boolean;
  isProduction: boolean;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function resolveDatabase(env: Env, dataDir: string): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url?.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  return { kind: 'sqlite', file: path.join(dataDir, 'daybook.sqlite') };
}

/** Rules that only make sense for a production deployment; each failure is one message. */
function productionProblems(env: Env, publicUrl: URL): string[] {
  const problems: string[] = [];
  if (!env.AUTH_SECRET) {
    problems.push('AUTH_SECRET: required when NODE_ENV=production (generate one with `openssl rand -base64 48`)');
  }
  if (!env.PUBLIC_URL) {
    problems.push('PUBLIC_URL: required when NODE_ENV=production (the https:// address people use)');
  } else if (publicUrl.protocol !== 'https:' && !env.ALLOW_INSECURE_HTTP) {
    problems.push(
      'PUBLIC_URL: must be https:// when NODE_ENV=production; set ALLOW_INSECURE_HTTP=true only if TLS really ends elsewhere and you accept the risk',
    );
  }
  return problems;
}

function aiProblems(env: Env): string[] {
  return env.AI_PROVIDER === 'openai' && !env.AI_BASE_URL ? ['AI_BASE_URL: required when AI_PROVIDER=openai (e.g. https://api.openai.com/v1 or http://localhost:11434/v1 for Ollama)'] : [];
}

/**
 * Parses the environment once. Throws a ConfigError listing every problem, never just the first.
 */
export function parseConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are how shells and compose files say "unset".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`));
  }
  const env = result.data;
  const dataDir = path.resolve(env.DATA_DIR);
  const publicUrl = new URL(env.PUBLIC_URL ?? `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`);
  const isProduction = env.NODE_ENV === 'production';
  const problems = [...aiProblems(env), ...(isProduction ? productionProblems(env, publicUrl) : [])];
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...env,
    dataDir,
    database: resolveDatabase(env, dataDir),
    publicUrl,
    secureTransport: publicUrl.protocol === 'https:',
    isProduction,
  };
}

/** Loads `.env` from the working directory when present; real environment variables win. */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Settings that are allowed but unwise; `daybook doctor` prints them. */
export function securityWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (!config.secureTransport) warnings.push('PUBLIC_URL is not https://: cookies are not Secure and HSTS is off.');
  if (config.ALLOW_INSECURE_HTTP) warnings.push('ALLOW_INSECURE_HTTP=true: production accepts plain HTTP.');
  if (!config.AUTH_SECRET) warnings.push('AUTH_SECRET is not set: fine for local use, required in production.');
  if (config.HOST !== '127.0.0.1' && config.HOST !== 'localhost' && config.HOST !== '::1' && !config.TRUST_PROXY) {
    warnings.push(`HOST=${config.HOST} listens beyond loopback without a reverse proxy (TRUST_PROXY unset).`);
  }
  if (!config.DATA_ENCRYPTION_KEY) {
    warnings.push('DATA_ENCRYPTION_KEY is not set: the key lives in DATA_DIR/encryption-key. Back it up apart from database backups; without it encrypted notes cannot be read.');
  }
  if (config.API_DOCS && config.isProduction) warnings.push('API_DOCS=true in production publishes the API description.');
  if (config.CORS_ORIGINS.length > 0) warnings.push(`CORS allows: ${config.CORS_ORIGINS.join(', ')}`);
  if (config.database.kind === 'sqlite' && config.REDIS_URL) {
    warnings.push('REDIS_URL is set with SQLite: several instances cannot share one SQLite file.');
  }
  return warnings;
}
