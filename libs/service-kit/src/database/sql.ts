import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

/** The knex of an entity manager, for the GROUP BY queries the ORM does not express. */
export function knexOf(em: EntityManager): Knex {
  return (em as SqlEntityManager).getKnex();
}

/**
 * Runs a knex query through the entity manager, so it takes part in the em's transaction (it sees the
 * rows the transaction wrote, and on SQLite it does not wait for a second connection).
 */
export async function run<T>(em: EntityManager, query: Knex.QueryBuilder): Promise<T[]> {
  return (await (em as SqlEntityManager).execute(query)) as T[];
}

/** A table of the service's own schema (PostgreSQL) or file (SQLite). */
export function tableName(em: EntityManager, table: string): string {
  const schema = em.config.get('schema');
  return schema ? `${schema}.${table}` : table;
}

/** A count or sum as the driver returns it (PostgreSQL: a string for bigint and numeric; a boolean as 1/0). */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Number(value);
}
