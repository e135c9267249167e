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
  };
}

/**
 * The file in DATA_DIR where `npm start` (libs/testing's stack) leaves this run's NATS server and the
 * reporting user's password, owner-only, for `npm run reporting:rebuild` to read.
 */
export const REPORTING_CONNECTION_FILE = 'nats-reporting.json';
