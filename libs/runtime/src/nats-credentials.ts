import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SERVICE_NAMES } from '@ascc/contracts';

/** The NATS users of infra/nats/auth.conf: the gateway and one per service. */
export const NATS_USERS = ['gateway', ...SERVICE_NAMES] as const;
export type NatsUser = (typeof NATS_USERS)[number];

export type NatsCredentials = Record<NatsUser, string>;

/** Fresh random passwords for every NATS user (npm start makes new ones at each run). */
export function newNatsCredentials(): NatsCredentials {
  // nats-server parses an environment value as a config token: starting with letters, hex only, it
  // always reads as a plain string (a leading digit would make it a number).
  return Object.fromEntries(
    NATS_USERS.map((u) => [u, `pw${randomBytes(20).toString('hex')}`]),
  ) as NatsCredentials;
}

/** The environment nats-server reads the passwords from (`$NATS_<USER>_PASSWORD` in auth.conf). */
export function natsServerEnv(credentials: NatsCredentials): Record<string, string> {
  return Object.fromEntries(NATS_USERS.map((u) => [`NATS_${u.toUpperCase()}_PASSWORD`, credentials[u]]));
}

/** The environment of one process connecting as `user`. */
export function natsClientEnv(credentials: NatsCredentials, user: NatsUser): Record<string, string> {
  return { NATS_USER: user, NATS_PASSWORD: credentials[user] };
}

export const NATS_AUTH_CONFIG = (repoRoot: string) => path.join(repoRoot, 'infra', 'nats', 'auth.conf');
