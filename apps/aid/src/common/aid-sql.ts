import type { EntityManager } from '@mikro-orm/core';

/** `,a,b,` — a list kept in one text column so a LIKE '%,a,%' filter finds records holding `a`. */
export function tagList(values: readonly string[]): string {
  return values.length ? `,${[...new Set(values)].join(',')},` : '';
}

/** The SQL dialect of an entity manager, for `exactSumSql`. */
export function sqlDialect(em: EntityManager): 'sqlite' | 'postgresql' {
  return /postgre/i.test(em.getPlatform().constructor.name) ? 'postgresql' : 'sqlite';
}
