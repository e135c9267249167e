import { knexOf, run, sqlDialect, tableName } from '@ascc/service-kit';
import type { EntityManager } from '@mikro-orm/core';
import {
  type DongTotal,
  type ProjectTotals,
  exactSumSql,
  overDisbursed,
  readExactSum,
  sharePercent,
  sumDong,
} from '@ascc/contracts';

type Sums = { incoming: DongTotal; committed: DongTotal; disbursed: DongTotal; expended: DongTotal };
const EMPTY: Sums = { incoming: '0', committed: '0', disbursed: '0', expended: '0' };
const KEY_OF_TYPE: Record<string, keyof Sums> = {
  'incoming-funds': 'incoming',
  commitment: 'committed',
  disbursement: 'disbursed',
  expenditure: 'expended',
};

/** Totals from sums per type (in đồng): the share and the over-disbursement flag follow from them. */
export function totalsFrom(sums: Sums = EMPTY): ProjectTotals {
  return {
    ...sums,
    disbursementShare: sharePercent(sums.disbursed, sums.committed),
    overDisbursed: overDisbursed(sums),
  };
}

/**
 * The totals of a list of entries (every entry counts: a reversing entry is negative, so a voided
 * transaction nets to nothing), exactly, in bigint. The pure twin of `projectTotals`.
 */
export function totalsOf(
  entries: readonly { type: string; dongAmount: number | string | bigint }[],
): ProjectTotals {
  const sums = { ...EMPTY };
  for (const key of Object.keys(sums) as (keyof Sums)[])
    sums[key] = sumDong(entries.filter((e) => KEY_OF_TYPE[e.type] === key).map((e) => e.dongAmount));
  return totalsFrom(sums);
}

/**
 * The totals of the given projects, summed exactly by the database in one GROUP BY (no transaction is
 * loaded): a page of projects costs one query, not one per project.
 */
export async function projectTotals(
  em: EntityManager,
  projectIds: string[],
): Promise<Map<string, ProjectTotals>> {
  const result = new Map<string, ProjectTotals>();
  if (!projectIds.length) return result;
  const knex = knexOf(em);
  const rows = await run<Record<string, unknown> & { project_id: string; type: string }>(
    em,
    knex
      .select(
        'project_id',
        'type',
        ...exactSumSql(sqlDialect(em), 'dong_amount', 'total').map((s) => knex.raw(s)),
      )
      .from(tableName(em, 'aid_transaction'))
      .whereIn('project_id', projectIds)
      .groupBy('project_id', 'type'),
  );
  const sums = new Map<string, Sums>();
  for (const row of rows) {
    const entry = sums.get(row.project_id) ?? { ...EMPTY };
    const key = KEY_OF_TYPE[row.type];
    if (key) entry[key] = readExactSum(row, 'total');
    sums.set(row.project_id, entry);
  }
  for (const id of projectIds) result.set(id, totalsFrom(sums.get(id) ?? { ...EMPTY }));
  return result;
}
