import { ConnectionException } from '@mikro-orm/core';

/** Socket errors of a database connection that cannot be made or was cut: the server is away. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/**
 * PostgreSQL's SQLSTATEs of a server that is shutting down or not accepting connections yet
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now) and class 08, connection
 * exceptions.
 */
const SERVER_GONE = /^(57P0[123]|08...)$/;

/** What `pg` and knex say when a connection dies under a query or none can be had from the pool. */
const GONE_MESSAGES =
  /Connection terminated unexpectedly|Connection ended unexpectedly|Timeout acquiring a connection/;

/**
 * Whether `error` means the database cannot be reached just now (stopped, restarting, unreachable) rather
 * than that the request or the code is wrong. Such a failure is a 503, which a caller may retry, not a 500
 * (found by the failure drill that stops PostgreSQL under load). Whatever the statement was, its
 * transaction did not commit where the connection was lost before the answer, so nothing half-written stays.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (e instanceof ConnectionException) return true;
    const { code, message, name, cause, previous } = e as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      cause?: unknown;
      previous?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_GONE.test(code))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && GONE_MESSAGES.test(message)) return true;
    e = previous ?? cause;
  }
  return false;
}
