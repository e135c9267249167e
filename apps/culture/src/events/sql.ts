import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { databaseKind } from '@ascc/service-kit';

/** Knex over the service's connection, with its tables named in the service's schema (PostgreSQL). */
export function sqlOf(em: EntityManager) {
  const knex: Knex = (em as SqlEntityManager).getKnex();
  const schema = em.config.get('schema');
  return {
    knex,
    table: (name: string, alias: string) => `${schema ? `${schema}.` : ''}${name} as ${alias}`,
    /** A boolean as the driver binds it (SQLite stores 1/0). */
    bool: (value: boolean) => (databaseKind() === 'sqlite' ? (value ? 1 : 0) : value),
  };
}
