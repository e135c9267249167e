import type { EntityManager } from '@mikro-orm/core';
import type { AbstractSqlConnection, Knex, SqlEntityManager } from '@mikro-orm/knex';

/**
 * Built SQL kept per query shape, for the read paths every list request takes (`findRows`, the capped
 * count). Building a query through MikroORM and knex (criteria processing, field mapping, quoting,
 * compiling, then MikroORM inlining every value into the text) cost more than running it on SQLite; a
 * list's queries differ from one request to the next only by their values. So the SQL of a filter's
 * shape — its keys, operators, array lengths and which values are null, with every other value a
 * placeholder — is built once, and later requests of that shape bind their own values to it (bound
 * parameters: SQLite reuses the prepared statement, PostgreSQL plans it alike).
 *
 * Only shapes whose every value is a string or a finite number are kept, and only when each bound value
 * of the built query is exactly one of the filter's values, each used once: a value the ORM converted,
 * inlined or added, a knex sub-query, a date or a boolean makes the shape run the ordinary way, always.
 */
export type Leaf = string | number;

interface Built {
  sql: string;
  /** Bound value i is the shape's leaf `positions[i]`. */
  positions: number[];
}

/** A query as built the ordinary way: its knex form (for its SQL) and how to run it. */
export interface BuiltQuery<R> {
  knex: Knex.QueryBuilder;
  run: () => Promise<R[]>;
}

/** Kept shapes per entity (bounded: a filter with generated keys must not grow it without end). */
const MAX_SHAPES = 500;
const builtOf = new WeakMap<object, Map<string, Built | null>>();

/**
 * The shape of a filter as a key, pushing its values (leaves) in order; undefined when a value is not
 * a string, a number or null (or the filter holds anything but plain objects and arrays).
 */
export function shapeOf(value: unknown, leaves: Leaf[]): string | undefined {
  if (value === null) return 'N';
  if (value === undefined) return 'U';
  if (typeof value === 'string') {
    leaves.push(value);
    return 's';
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    leaves.push(value);
    return 'n';
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const part = shapeOf(item, leaves);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    if (Object.getOwnPropertySymbols(value).length) return undefined;
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const part = shapeOf(item, leaves);
      if (part === undefined) return undefined;
      parts.push(`${JSON.stringify(key)}:${part}`);
    }
    return `{${parts.join(',')}}`;
  }
  return undefined;
}

/**
 * Where each bound value comes from among the leaves: null when that is not one-to-one (a value the
 * query added, converted or left out), undefined when two leaves hold the same value (these values
 * cannot tell; the next request's may). The last `trailing` leaves (a page's limit and offset, which
 * end the SQL) must be the last bound values, in their order.
 */
export function bindingPositions(
  bindings: readonly unknown[],
  leaves: readonly Leaf[],
  trailing = 0,
): number[] | null | undefined {
  if (bindings.length !== leaves.length) return null;
  const head = leaves.length - trailing;
  for (let i = head; i < leaves.length; i++) if (bindings[i] !== leaves[i]) return null;
  const used = new Set<number>();
  const positions: number[] = [];
  for (const binding of bindings.slice(0, head)) {
    let found = -1;
    for (let i = 0; i < head; i++) {
      if (leaves[i] !== binding) continue;
      // The same value twice: which is which cannot be told apart.
      if (found >= 0) return undefined;
      found = i;
    }
    if (found < 0 || used.has(found)) return null;
    used.add(found);
    positions.push(found);
  }
  for (let i = head; i < leaves.length; i++) positions.push(i);
  return positions;
}

/**
 * Rows of the query `build` makes for `where` (plus `extra` values, such as the page's limit and offset,
 * bound last, in this order, and the `kind` of query), through the SQL kept for the filter's shape when there is one. `build` is
 * called only when the shape is new or cannot be kept: it gives the query's knex form and a way to run
 * it the ordinary way.
 */
export async function shapedRows<R>(
  em: EntityManager,
  owner: object,
  kind: string,
  where: unknown,
  extra: readonly Leaf[],
  build: () => BuiltQuery<R>,
): Promise<R[]> {
  const leaves: Leaf[] = [];
  const shape = shapeOf(where, leaves);
  if (shape === undefined) return build().run();
  leaves.push(...extra);
  const key = `${kind}|${shape}|${extra.map((e) => typeof e).join(',')}`;
  let shapes = builtOf.get(owner);
  if (!shapes) builtOf.set(owner, (shapes = new Map()));
  let built = shapes.get(key);
  if (built === undefined) {
    const query = build();
    const { sql, bindings } = query.knex.toSQL();
    const positions = bindingPositions(bindings, leaves, extra.length);
    if (positions === undefined) return query.run();
    built = positions ? { sql, positions } : null;
    if (shapes.size < MAX_SHAPES) shapes.set(key, built);
    if (!built) return query.run();
  }
  if (!built) return build().run();
  const values = built.positions.map((p) => leaves[p]);
  return runSql<R>(em, built.sql, values);
}

/**
 * Runs SQL with bound values on the entity manager's connection, in its transaction when it has one, and
 * through MikroORM's query logging (so the query metrics and debug log see it).
 */
async function runSql<R>(em: EntityManager, sql: string, values: Leaf[]): Promise<R[]> {
  const connection = (em as SqlEntityManager).getConnection() as unknown as AbstractSqlConnection & {
    executeQuery<T>(query: string, cb: () => Promise<T>, context?: object): Promise<T>;
    transformRawResult<T>(res: unknown, method: 'all'): T;
  };
  await connection.ensureConnection();
  const transaction = em.getTransactionContext<Knex.Transaction>();
  return connection.executeQuery(
    sql,
    async () => {
      const query = connection.getKnex().raw(sql, values);
      if (transaction) query.transacting(transaction);
      return connection.transformRawResult<R[]>(await query, 'all');
    },
    { query: sql, params: values },
  );
}
