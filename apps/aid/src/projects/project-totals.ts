import { knexOf, run, tableName, toNumber } from '@ascc/service-kit';
import type { EntityManager } from '@mikro-orm/core';
import { type ProjectTotals, overDisbursed, sharePercent } from '@ascc/contracts';

const EMPTY = { incoming: 0, committed: 0, disbursed: 0, expended: 0 };

/** Totals from sums per type (in đồng): the share and the over-disbursement flag follow from them. */
export function totalsFrom(sums: typeof EMPTY): ProjectTotals {
  return {
    ...sums,
    disbursementShare: sharePercent(sums.disbursed, sums.committed),
    overDisbursed: overDisbursed(sums),
  };
}

/**
 * The totals of the given projects, summed by the database in one GROUP BY (no transaction is loaded):
 * a page of projects costs one query, not one per project.
 */
export async function projectTotals(
  em: EntityManager,
  projectIds: string[],
): Promise<Map<string, ProjectTotals>> {
  const result = new Map<string, ProjectTotals>();
  if (!projectIds.length) return result;
  const knex = knexOf(em);
  const rows = await run<{ project_id: string; type: string; total: string }>(
    em,
    knex
      .select('project_id', 'type', knex.raw('cast(sum(dong_amount) as text) as total'))
      .from(tableName(em, 'aid_transaction'))
      .whereIn('project_id', projectIds)
      .groupBy('project_id', 'type'),
  );
  const sums = new Map<string, typeof EMPTY>();
  for (const row of rows) {
    const entry = sums.get(row.project_id) ?? { ...EMPTY };
    const total = toNumber(row.total);
    if (row.type === 'incoming-funds') entry.incoming = total;
    if (row.type === 'commitment') entry.committed = total;
    if (row.type === 'disbursement') entry.disbursed = total;
    if (row.type === 'expenditure') entry.expended = total;
    sums.set(row.project_id, entry);
  }
  for (const id of projectIds) result.set(id, totalsFrom(sums.get(id) ?? { ...EMPTY }));
  return result;
}
