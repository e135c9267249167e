import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { type IndicatorComputation, type IndicatorYearValue, readExactSum } from '@ascc/contracts';
import { sqlDialect, tableName, toNumber } from '@ascc/service-kit';
import { type Span, aidOfType, moneySums } from '../read-model/read-model.sql';

/**
 * A computed indicator's value per year, summed by the database from the read model's fact tables —
 * the same rows the dashboard sums and the records list opens (drill-down), so the two always agree.
 * Years without a record have no value. Money is an exact DongTotal string.
 */
export async function computedValues(
  em: SqlEntityManager,
  c: IndicatorComputation,
  span: Span,
): Promise<IndicatorYearValue[]> {
  const knex = em.getKnex();
  const from = (table: string, alias?: string) => {
    const q = knex.from(alias ? { [alias]: tableName(em, table) } : tableName(em, table));
    const col = (name: string) => (alias ? `${alias}.${name}` : name);
    if (c.planArea) q.where(col('plan_area'), c.planArea);
    if (span.from !== null) q.where(col('year'), '>=', span.from);
    if (span.to !== null) q.where(col('year'), '<=', span.to);
    return q;
  };
  /** Culture facts with an ASEAN country (or the given one) taking part. */
  const withCountry = (q: Knex.QueryBuilder) => {
    if (!c.countryCode && !c.aseanOnly) return q;
    return q.whereExists(
      knex
        .from({ cc: tableName(em, 'culture_fact_country') })
        .whereRaw('cc.cultural_event_id = f.cultural_event_id')
        .where(c.countryCode ? { 'cc.country_code': c.countryCode } : { 'cc.asean': true }),
    );
  };
  const sums = moneySums(sqlDialect(em), knex);
  let rows: Record<string, unknown>[];
  let money = false;
  switch (c.metric) {
    case 'people-trained': {
      const q = from('training_fact').select(
        'year',
        knex.raw(`sum(${c.gender ? 'female' : 'trained'}) as v`),
      );
      if (c.level) q.where('level', c.level);
      rows = await em.execute(q.groupBy('year'));
      break;
    }
    case 'courses-completed': {
      const q = from('training_fact').select('year', knex.raw('count(*) as v'));
      if (c.level) q.where('level', c.level);
      rows = await em.execute(q.groupBy('year'));
      break;
    }
    case 'exchanges':
    case 'exchange-participants': {
      const expr = c.metric === 'exchanges' ? 'count(*)' : 'coalesce(sum(f.audience), 0)';
      const q = withCountry(from('culture_fact', 'f').select('f.year as year', knex.raw(`${expr} as v`)));
      rows = await em.execute(q.groupBy('f.year'));
      break;
    }
    case 'aid-committed':
    case 'aid-disbursed': {
      money = true;
      const type = c.metric === 'aid-committed' ? 'commitment' : 'disbursement';
      const q = from('aid_fact').select('year', ...sums(aidOfType(type), 'v'));
      if (c.countryCode) q.where('country_code', c.countryCode);
      else if (c.aseanOnly) q.where('asean', true);
      rows = await em.execute(q.groupBy('year'));
      break;
    }
    case 'budget-approved': {
      money = true;
      rows = await em.execute(
        from('budget_fact')
          .select('year', ...sums('approved', 'v'))
          .groupBy('year'),
      );
      break;
    }
  }
  return rows
    .map((row) => ({
      year: toNumber(row.year),
      value: money ? readExactSum(row, 'v') : toNumber(row.v),
      agencyCode: null,
      source: null,
      comment: null,
    }))
    .filter((v) => v.value !== 0 && v.value !== '0')
    .sort((a, b) => a.year - b.year);
}
