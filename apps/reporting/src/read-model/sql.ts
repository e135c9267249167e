import type { EntityManager } from '@mikro-orm/core';

/** A table of the service's own schema (PostgreSQL) or file (SQLite). */
export function tableName(em: EntityManager, table: string): string {
  const schema = em.config.get('schema');
  return schema ? `${schema}.${table}` : table;
}

/** A count or sum as the driver returns it (PostgreSQL: a string for bigint and numeric). */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Number(value);
}
