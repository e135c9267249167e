import { ConnectionException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isDatabaseUnavailable } from '../database-unavailable';
import { ServiceExceptionFilter } from '../service-exception.filter';

/** An error as `pg` throws it: a plain Error with a `code`. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('a database that cannot be reached is a 503, not a 500', () => {
  // The errors seen when PostgreSQL was stopped (pg_ctl -m immediate) under a running service.
  it.each([
    ['a query in flight when the server died', pgError('select 1 - Connection terminated unexpectedly')],
    ['a new connection refused', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a server shutting down (57P01)',
      pgError('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting (57P03)', pgError('the database system is starting up', '57P03')],
    ['a connection exception (08006)', pgError('connection failure', '08006')],
    [
      'no connection from the pool in time',
      Object.assign(new Error('Knex: Timeout acquiring a connection'), { name: 'KnexTimeoutError' }),
    ],
    ['MikroORM’s connection exception', new ConnectionException(pgError('x', '08001'))],
  ])('%s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a syntax error (42601)', pgError('syntax error at or near "FROM"', '42601')],
    ['a unique violation', new UniqueConstraintViolationException(pgError('duplicate key', '23505'))],
    ['nothing', undefined],
  ])('but not %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('leaves the service as SERVICE_UNAVAILABLE with a safe message, while other failures stay a bare 500', () => {
    const filter = new ServiceExceptionFilter();
    const host = { switchToRpc: () => ({ getContext: () => undefined }) } as never;
    const bodyOf = (error: unknown) => {
      let body: unknown;
      filter.catch(error, host).subscribe({ error: (e: unknown) => (body = e) });
      return body as { code: string; status: number; message: string };
    };
    const down = bodyOf(pgError('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED'));
    expect(down).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(down.message).not.toContain('10.0.0.5');
    expect(bodyOf(new TypeError('boom'))).toMatchObject({ code: 'INTERNAL', status: 500 });
  });
});
