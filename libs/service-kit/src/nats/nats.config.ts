/** NATS settings from the environment; the embedded default is one local nats-server. */
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export function natsServers(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.NATS_SERVERS?.trim();
  return raw
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [DEFAULT_NATS_URL];
}

/** Milliseconds the gateway waits for a service's reply before answering 503. */
export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.REQUEST_TIMEOUT_MS ?? 5000);
  return Number.isFinite(value) && value > 0 ? value : 5000;
}

/**
 * TLS towards nats-server, switched on by `NATS_TLS_CA` (the PEM file of the CA that signed the
 * server's certificate: the only one trusted, and the server's name is checked against it);
 * `NATS_TLS_CERT` and `NATS_TLS_KEY` add a client certificate for a server that verifies clients.
 * Unset: no `tls` option (a server that requires TLS is still met over TLS, trusting the system's CAs).
 */
export function natsTlsOptions(env: NodeJS.ProcessEnv = process.env): {
  tls?: { caFile: string; certFile?: string; keyFile?: string };
} {
  const caFile = env.NATS_TLS_CA?.trim();
  if (!caFile) return {};
  const certFile = env.NATS_TLS_CERT?.trim();
  const keyFile = env.NATS_TLS_KEY?.trim();
  if (Boolean(certFile) !== Boolean(keyFile))
    throw new Error('NATS_TLS_CERT and NATS_TLS_KEY go together (a client certificate and its key)');
  return { tls: { caFile, ...(certFile && keyFile ? { certFile, keyFile } : {}) } };
}

/** Connection options shared by services and gateway: never give up reconnecting. */
export function natsConnectionOptions(name: string, env: NodeJS.ProcessEnv = process.env) {
  return {
    servers: natsServers(env),
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    ...(env.NATS_USER ? { user: env.NATS_USER, pass: env.NATS_PASSWORD } : {}),
    ...natsTlsOptions(env),
  };
}

/**
 * The file in DATA_DIR where `npm start` (libs/testing's stack) leaves this run's NATS server and the
 * reporting user's password, owner-only, for `npm run reporting:rebuild` to read.
 */
export const REPORTING_CONNECTION_FILE = 'nats-reporting.json';
