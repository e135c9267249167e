import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { sqlDialect, tableName } from '@ascc/service-kit';
import type { AreaRows, DashboardRows, Row } from './figures.fold';
import { type Span, aidOfType, moneySums } from './read-model.sql';

/**
 * The read model's queries, one group per department, each over that department's fact tables only;
 * `figures.fold.ts` turns their rows into figures. Every money figure is an exact sum (`exactSumSql`:
 * numeric on PostgreSQL, split on SQLite, whose 64-bit sum would overflow), read back with
 * `readExactSum` as a DongTotal string.
 */
export interface Facts {
  knex: Knex;
  /** A fact table's rows in the span (and the plan area, if one is given). */
  from(table: string): Knex.QueryBuilder;
  rows(query: Knex.QueryBuilder): Promise<Row[]>;
  /** Runs a task: one after another inside a transaction, else at once. */
  one<T>(task: () => Promise<T>): Promise<T>;
  sums(expression: string, alias: string): Knex.Raw[];
}

export function facts(em: SqlEntityManager, span: Span, planArea?: string): Facts {
  const knex = em.getKnex();
  // In a caller's transaction the queries share one connection: run them one after another there
  // (pg deprecates overlapping queries on a client); on their own, in parallel.
  let queue: Promise<unknown> = Promise.resolve();
  const one = <T>(task: () => Promise<T>): Promise<T> => {
    if (!em.isInTransaction()) return task();
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    knex,
    from(table) {
      const q = knex.from(tableName(em, table));
      if (planArea !== undefined) q.where('plan_area', planArea);
      if (span.from !== null) q.where('year', '>=', span.from);
      if (span.to !== null) q.where('year', '<=', span.to);
      return q;
    },
    rows: (q) => one(() => em.execute(q) as Promise<Row[]>),
    one,
    sums: moneySums(sqlDialect(em), knex),
  };
}

const raw = (f: Facts, sql: string) => f.knex.raw(sql);

// Dashboard: one scan per fact table where the figures allow it — the totals and each split are summed
// by the folds from the finest grouping (training by year × level, culture by type, aid by country ×
// sector), which on SQLite (one connection, queries one after another) is most of the page's time at a
// million facts.

/** Home Affairs: courses grouped by year × level. */
export function trainingDashboard(f: Facts): Promise<DashboardRows['training']> {
  return f.rows(
    f
      .from('training_fact')
      .select('year', 'level', raw(f, 'count(*) as courses'), raw(f, 'sum(trained) as trained'))
      .select(raw(f, 'sum(completed) as completed'), raw(f, 'sum(female) as female'))
      .select(raw(f, 'sum(commune_trained) as commune'))
      .groupBy('year', 'level'),
  );
}

/** Culture: events per country (most first) and per type. */
export async function cultureDashboard(f: Facts): Promise<DashboardRows['culture']> {
  const [byCountry, byType] = await Promise.all([
    f.rows(
      f
        .from('culture_fact_country')
        .select('country_code', raw(f, 'max(case when asean then 1 else 0 end) as asean'))
        .select(raw(f, 'count(distinct cultural_event_id) as events'))
        .groupBy('country_code')
        .orderBy([{ column: 'events', order: 'desc' }, { column: 'country_code' }]),
    ),
    f.rows(
      f
        .from('culture_fact')
        .select('type', raw(f, 'count(*) as events'), raw(f, 'sum(audience) as audience'))
        .groupBy('type')
        .orderBy('type'),
    ),
  ]);
  return { byCountry, byType };
}

/** Foreign Affairs' aid: committed and disbursed per country × sector. */
export function aidDashboard(f: Facts): Promise<DashboardRows['aid']> {
  return f.rows(
    f
      .from('aid_fact')
      .select('country_code', 'sector_code', raw(f, 'max(case when asean then 1 else 0 end) as asean'))
      .select(
        ...f.sums(aidOfType('commitment'), 'committed'),
        ...f.sums(aidOfType('disbursement'), 'disbursed'),
      )
      .groupBy('country_code', 'sector_code')
      // The database's order of countries (where its null goes) is the order of byCountry.
      .orderBy(['country_code', 'sector_code']),
  );
}

/** Budget estimates to Finance: the totals, per agency and per funding source. */
export async function budgetDashboard(f: Facts): Promise<DashboardRows['budget']> {
  const sums = [...f.sums('requested', 'requested'), ...f.sums('approved', 'approved')];
  const [totals, byAgency, byFunding] = await Promise.all([
    f.rows(f.from('budget_fact').select(raw(f, 'count(distinct estimate_id) as estimates'), ...sums)),
    f.rows(
      f
        .from('budget_fact')
        .select('agency_code', ...sums)
        .groupBy('agency_code')
        .orderBy('agency_code'),
    ),
    f.rows(
      f
        .from('budget_fact')
        .whereNotNull('funding_source')
        .select('funding_source', ...sums)
        .groupBy('funding_source')
        .orderBy('funding_source'),
    ),
  ]);
  return { totals, byAgency, byFunding };
}

/** Foreign Affairs' delegations: the totals by direction and members, and per country (most first). */
export async function delegationsDashboard(f: Facts): Promise<DashboardRows['delegations']> {
  const [totals, byCountry] = await Promise.all([
    f.rows(
      f
        .from('delegation_fact')
        .select(
          raw(f, 'count(*) as delegations'),
          raw(f, `coalesce(sum(case when direction = 'inbound' then 1 else 0 end), 0) as inbound`),
          raw(f, `coalesce(sum(case when direction = 'outbound' then 1 else 0 end), 0) as outbound`),
          raw(f, 'coalesce(sum(size), 0) as members'),
        ),
    ),
    f.rows(
      f
        .from('delegation_fact_country')
        .select('country_code', raw(f, 'max(case when asean then 1 else 0 end) as asean'))
        .select(raw(f, 'count(distinct delegation_id) as delegations'))
        .groupBy('country_code')
        .orderBy([{ column: 'delegations', order: 'desc' }, { column: 'country_code' }]),
    ),
  ]);
  return { totals, byCountry };
}

// A plan area: each department's totals and its figure per year (`facts` given the area's code).

async function both(totals: Promise<Row[]>, byYear: Promise<Row[]>) {
  const [t, y] = await Promise.all([totals, byYear]);
  return { totals: t, byYear: y };
}

export function trainingArea(f: Facts): Promise<AreaRows['training']> {
  return both(
    f.rows(
      f
        .from('training_fact')
        .select(
          raw(f, 'count(*) as courses'),
          raw(f, 'coalesce(sum(trained), 0) as trained'),
          raw(f, 'coalesce(sum(completed), 0) as completed'),
        ),
    ),
    f.rows(f.from('training_fact').select('year', raw(f, 'sum(trained) as v')).groupBy('year')),
  );
}

export function cultureArea(f: Facts): Promise<AreaRows['culture']> {
  return both(
    f.rows(
      f
        .from('culture_fact')
        .select(raw(f, 'count(*) as events'), raw(f, 'coalesce(sum(audience), 0) as audience')),
    ),
    f.rows(f.from('culture_fact').select('year', raw(f, 'count(*) as v')).groupBy('year')),
  );
}

export function aidArea(f: Facts): Promise<AreaRows['aid']> {
  const disbursed = f.sums(aidOfType('disbursement'), 'disbursed');
  return both(
    f.rows(
      f
        .from('aid_fact')
        .select(
          raw(f, 'count(distinct project_id) as projects'),
          ...f.sums(aidOfType('commitment'), 'committed'),
          ...disbursed,
        ),
    ),
    f.rows(
      f
        .from('aid_fact')
        .select('year', ...disbursed)
        .groupBy('year'),
    ),
  );
}

export function delegationsArea(f: Facts): Promise<AreaRows['delegations']> {
  return both(
    f.rows(
      f
        .from('delegation_fact')
        .select(raw(f, 'count(*) as delegations'), raw(f, 'coalesce(sum(size), 0) as members')),
    ),
    f.rows(f.from('delegation_fact').select('year', raw(f, 'count(*) as v')).groupBy('year')),
  );
}

export function budgetArea(f: Facts): Promise<AreaRows['budget']> {
  return both(
    f.rows(
      f
        .from('budget_fact')
        .select(
          raw(f, 'count(*) as lines'),
          ...f.sums('requested', 'requested'),
          ...f.sums('approved', 'approved'),
        ),
    ),
    f.rows(
      f
        .from('budget_fact')
        .select('year', ...f.sums('approved', 'v'))
        .groupBy('year'),
    ),
  );
}
