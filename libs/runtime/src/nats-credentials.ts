import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SERVICE_NAMES } from '@ascc/contracts';

/**
 * The NATS users of infra/nats/auth.conf: the gateway, one per service, `provision`, which alone
 * may create the services' streams (used only by the provisioning step before the services start), and
 * `backup`, which may only read the streams, their messages and the consumers' state (`npm run backup`).
 */
export const NATS_USERS = ['gateway', ...SERVICE_NAMES, 'provision', 'backup'] as const;
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

/** A fresh password for the routes between the nodes of a cluster (`NATS_ROUTE_PASSWORD`). */
export function newRoutePassword(): string {
  return `pw${randomBytes(20).toString('hex')}`;
}

/**
 * The environment of one node of infra/nats/cluster: the users' passwords, the routes' password, and
 * the peers' route URLs carrying that password (nats-server 2.9 authenticates a route it opens only
 * with the user and password in the route's URL).
 */
export function natsClusterNodeEnv(
  credentials: NatsCredentials,
  routePassword: string,
  routeUrls: string[],
): Record<string, string> {
  const withPassword = routeUrls.map((u) => {
    const url = new URL(u);
    url.username = 'route';
    url.password = routePassword;
    return url.toString().replace(/\/$/, '');
  });
  return {
    ...natsServerEnv(credentials),
    NATS_ROUTE_PASSWORD: routePassword,
    NATS_CLUSTER_ROUTES: `[${withPassword.join(', ')}]`,
  };
}

/** The environment of one process connecting as `user`. */
export function natsClientEnv(credentials: NatsCredentials, user: NatsUser): Record<string, string> {
  return { NATS_USER: user, NATS_PASSWORD: credentials[user] };
}

export const NATS_AUTH_CONFIG = (repoRoot: string) => path.join(repoRoot, 'infra', 'nats', 'auth.conf');
