import type { EntityManager } from '@mikro-orm/core';
import { type DelegationReport, DelegationReportQuerySchema } from '@ascc/contracts';
import { knexOf, run, tableName, toNumber } from '@ascc/service-kit';

export type DelegationQuery = ReturnType<typeof DelegationReportQuerySchema.parse>;

/** Delegations and people per year, country and direction, counted by the database. */
export async function delegationReport(em: EntityManager, query: DelegationQuery): Promise<DelegationReport> {
  const knex = knexOf(em);
  const q = knex
    .select(
      knex.raw('substr(start_date, 1, 4) as year'),
      'country_code',
      'direction',
      knex.raw('count(*) as delegations'),
      knex.raw('sum(size) as people'),
    )
    .from(tableName(em, 'delegation_country'))
    .groupByRaw('substr(start_date, 1, 4), country_code, direction')
    .orderByRaw('1, 2, 3');
  if (query.yearFrom) q.where('start_date', '>=', `${query.yearFrom}-01-01`);
  if (query.yearTo) q.where('start_date', '<=', `${query.yearTo}-12-31`);
  if (query.direction) q.where('direction', query.direction);
  if (query.countryCode) q.where('country_code', query.countryCode);
  const rows = await run<Record<string, unknown>>(em, q);
  return {
    rows: rows.map((r) => ({
      year: toNumber(r.year),
      countryCode: String(r.country_code),
      direction: r.direction as 'inbound' | 'outbound',
      delegations: toNumber(r.delegations),
      people: toNumber(r.people),
    })),
  };
}
