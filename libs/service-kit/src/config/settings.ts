import { z } from 'zod';

/** Who reads a setting: the gateway, the services, `npm start` (the stack), or the tests. */
export type SettingReader = 'gateway' | 'service' | 'start' | 'tests';

interface Setting {
  readers: readonly SettingReader[];
  /** What a valid value looks like, said in the error that names a malformed one. */
  form: string;
  valid: (value: string) => boolean;
}

const ANY = (value: string) => value.length > 0;
const positiveInt = (value: string) => /^[1-9]\d*$/.test(value);
const boolean = (value: string) => value === 'true' || value === 'false';
const url = (protocols: string[]) => (value: string) =>
  value.split(',').every((part) => {
    const parsed = z.url().safeParse(part.trim());
    return parsed.success && protocols.some((p) => part.trim().startsWith(`${p}://`));
  });

const setting = (readers: SettingReader[], form: string, valid = ANY): Setting => ({ readers, form, valid });
const GATEWAY: SettingReader[] = ['gateway'];
const ALL: SettingReader[] = ['gateway', 'service'];

/**
 * Every setting the product reads from its environment, in one place: each process checks its
 * environment against this list once at start (`checkSettings`), and README's Configuration table lists
 * exactly these names (`libs/testing/src/__tests__/readme-settings.spec.ts`).
 */
export const SETTINGS = {
  PORT: setting(GATEWAY, 'a port number', positiveInt),
  HOST: setting(GATEWAY, 'an address to listen on'),
  NATS_SERVERS: setting([...ALL, 'start'], 'comma-separated nats:// or tls:// URLs', url(['nats', 'tls'])),
  NATS_PORT: setting(['start'], 'a port number', positiveInt),
  NATS_USER: setting(ALL, 'the process’s NATS user name'),
  NATS_PASSWORD: setting(ALL, 'its password'),
  NATS_PROVISION_PASSWORD: setting(['start'], 'the provision user’s password'),
  NATS_TLS_CA: setting(ALL, 'a CA certificate file'),
  NATS_TLS_CERT: setting(ALL, 'a client certificate file'),
  NATS_TLS_KEY: setting(ALL, 'its private key file'),
  CALLER_SIGNING_KEY: setting(GATEWAY, 'an Ed25519 private key (PKCS#8 PEM)'),
  CALLER_SIGNING_KEY_FILE: setting(GATEWAY, 'a file holding it'),
  CALLER_VERIFY_KEY: setting(['service'], 'the Ed25519 public key (SPKI PEM)'),
  CALLER_VERIFY_KEY_FILE: setting(['service'], 'a file holding it'),
  DATABASE_URL: setting([...ALL, 'start'], 'a postgresql:// URL', url(['postgresql', 'postgres'])),
  DATABASE_MIGRATION_URL: setting(ALL, 'a postgresql:// URL', url(['postgresql', 'postgres'])),
  DATABASE_POOL_MAX: setting(ALL, 'a whole number of connections', positiveInt),
  PGSSLMODE: setting(ALL, 'disable, require, verify-ca or verify-full', (v) =>
    ['disable', 'require', 'verify-ca', 'verify-full', 'prefer', 'allow'].includes(v),
  ),
  PGSSLROOTCERT: setting(ALL, 'a CA certificate file'),
  DATA_DIR: setting([...ALL, 'start'], 'a folder'),
  SQLITE_FILE: setting(['service', 'tests'], 'a database file'),
  REQUEST_TIMEOUT_MS: setting(GATEWAY, 'milliseconds', positiveInt),
  LOG_LEVEL: setting(ALL, '`silent` (no logs) or a level name'),
  OTEL_EXPORTER_OTLP_ENDPOINT: setting(
    ALL,
    'an http(s):// URL of an OTLP/HTTP collector',
    url(['http', 'https']),
  ),
  OTEL_EXPORTER_OTLP_HEADERS: setting(ALL, 'comma-separated key=value headers for the collector'),
  OTEL_SERVICE_NAME: setting(ALL, 'the service name on exported spans'),
  DB_DEBUG: setting(ALL, 'true or false', boolean),
  AUTH_SECRET: setting(GATEWAY, 'at least 32 random bytes'),
  TRUST_PROXY: setting(GATEWAY, 'a hop count or proxy addresses'),
  COOKIE_SECURE: setting(GATEWAY, 'true or false', boolean),
  LOGIN_RATE_LIMIT_PER_MINUTE: setting(GATEWAY, 'a whole number', positiveInt),
  PUBLIC_RATE_LIMIT_PER_MINUTE: setting(GATEWAY, 'a whole number', positiveInt),
  CONSOLE_DIR: setting(GATEWAY, 'the built console’s folder'),
  SMTP_URL: setting(
    GATEWAY,
    'an smtp:// or smtps:// URL (smtp://user:password@host:587)',
    url(['smtp', 'smtps']),
  ),
  MAIL_FROM: setting(GATEWAY, 'a sender such as "ASCC <no-reply@example.gov.vn>"'),
  MAIL_RETRY_MS: setting(GATEWAY, 'milliseconds', positiveInt),
  CONSOLE_PUBLIC_URL: setting(
    GATEWAY,
    'the console’s http(s):// address as users open it',
    url(['http', 'https']),
  ),
  OUTBOX_POLL_MS: setting(['service'], 'milliseconds', positiveInt),
  EVENT_RETRY_MS: setting(['service'], 'milliseconds', positiveInt),
  HEALTH_CONSUMER_LAG_LIMIT: setting(['service'], 'a whole number of events', positiveInt),
  HEALTH_OUTBOX_STALL_SECONDS: setting(['service'], 'seconds', positiveInt),
  METRICS_TOKEN: setting(
    [...ALL, 'start'],
    'a bearer token of at least 24 characters',
    (v) => v.length >= 24,
  ),
  METRICS_PORT: setting(['service'], 'a port number (0: no metrics listener)', (v) => /^\d+$/.test(v)),
  METRICS_HOST: setting(['service'], 'an address for the metrics listener'),
  SEED_DEMO_DATA: setting([...ALL, 'start'], 'true or false', boolean),
  SEED_DEMO_USERS: setting(GATEWAY, 'true or false', boolean),
  DEMO_PASSWORD: setting(GATEWAY, 'the demo users’ password'),
  DEMO_TOTP_SECRET: setting(GATEWAY, 'a base32 TOTP secret', (v) => /^[A-Z2-7]+=*$/.test(v)),
  RESTARTS: setting(ALL, 'set by the supervisor', (v) => /^\d+$/.test(v)),
  TEST_DATABASE_URL: setting(['tests'], 'a postgresql:// URL', url(['postgresql', 'postgres'])),
  REQUIRE_POSTGRES: setting(['tests'], 'true or false', boolean),
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/**
 * Names that look like this product's settings: one of them that is not in SETTINGS is a mistake (a
 * typo such as `NATS_SERVER`). The nats-server's own (`NATS_<USER>_PASSWORD`, the cluster's routes)
 * share the prefix and are not the processes' business.
 */
const OURS =
  /^(NATS|DATABASE|CALLER|AUTH|SEED|DEMO|HEALTH|OUTBOX|EVENT|LOGIN|COOKIE|TRUST|REQUEST|SQLITE|CONSOLE|DB|METRICS|SMTP|MAIL)_/;
const NATS_SERVER_OWN = /^NATS_([A-Z]+_PASSWORD|CLUSTER_ROUTES|SERVER_BIN)$/;

/** Every problem with the environment a process starts with, each naming its variable; empty when fine. */
export function settingProblems(env: NodeJS.ProcessEnv, reader: SettingReader): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const known = (SETTINGS as Record<string, Setting>)[name];
    if (!known) {
      if (OURS.test(name) && !NATS_SERVER_OWN.test(name))
        problems.push(`${name}: not a setting of this product (README, Configuration, lists them)`);
      continue;
    }
    if (!known.readers.includes(reader)) continue;
    if (!known.valid(value)) problems.push(`${name}: expected ${known.form}`);
  }
  return problems;
}

/** Stops a process whose environment holds a malformed or unknown setting, naming each. */
export function checkSettings(env: NodeJS.ProcessEnv, reader: SettingReader): void {
  const problems = settingProblems(env, reader);
  if (problems.length) throw new Error(`Configuration refused:\n  ${problems.join('\n  ')}`);
}
