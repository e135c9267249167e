import type { Knex } from '@mikro-orm/knex';
import { findPhase } from '@ascc/catalog';
import { exactSumSql } from '@ascc/contracts';

/** The years a query covers (`null`: unbounded on that side). */
export interface Span {
  from: number | null;
  to: number | null;
}

/** A query's years: its year, else its phase's years, else every year. */
export function spanOf(query: { year?: number; phase?: string }): Span {
  if (query.year) return { from: query.year, to: query.year };
  const phase = query.phase ? findPhase(query.phase) : undefined;
  return phase ? { from: phase.fromYear, to: phase.toYear } : { from: null, to: null };
}

/** An aid fact's đồng when it is of `type` (a commitment, a disbursement), else nothing: to be summed. */
export function aidOfType(type: 'commitment' | 'disbursement', column = 'amount'): string {
  return `case when type = '${type}' then ${column} else 0 end`;
}

/** The select expressions of an exact sum of whole đồng (`exactSumSql`), as knex raws. */
export function moneySums(dialect: 'sqlite' | 'postgresql', knex: Knex) {
  return (expression: string, alias: string) =>
    exactSumSql(dialect, expression, alias).map((sql) => knex.raw(sql));
}
