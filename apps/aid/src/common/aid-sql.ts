import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';

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

/** A table name, schema-qualified on PostgreSQL (each service has its own schema there). */
export function tableName(em: EntityManager, table: string): string {
  const schema = em.config.get('schema');
  return schema ? `${schema}.${table}` : table;
}

/** Aggregates come back as numbers (SQLite) or strings (PostgreSQL's numeric): one reading for both. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/** `,a,b,` — a list kept in one text column so a LIKE '%,a,%' filter finds records holding `a`. */
export function tagList(values: readonly string[]): string {
  return values.length ? `,${[...new Set(values)].join(',')},` : '';
}
