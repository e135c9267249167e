import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import {
  type PlanRecord,
  type PlanRecordFigures,
  type PlanRecordsQuerySchema,
  readExactSum,
} from '@ascc/contracts';
import { searchWords, sqlDialect, tableName, toNumber, whereSearch } from '@ascc/service-kit';
import type { z } from 'zod';
import { type Span, moneySums } from './read-model.sql';

export type PlanRecordsQuery = z.infer<typeof PlanRecordsQuerySchema>;
type Query = PlanRecordsQuery;

/** What one kind of record (course, event, aid project, delegation, budget line) is read with. */
export interface KindQuery {
  /** The matching rows, one per record (grouped for aid projects), without order or paging. */
  matching: Knex.QueryBuilder;
  /** Sort expression per sort key, and the record id (the tie-break). */
  sorts: Record<Query['sort'], string>;
  id: string;
  /** The figures summed over every matching row. */
  totals: Knex.QueryBuilder;
  toRecord(row: Record<string, unknown>): PlanRecord;
  toTotals(row: Record<string, unknown>): PlanRecordFigures;
  /** The countries of the page's records (events and delegations). */
  countries?: { table: string; key: string };
}

/** The query of the records of the query's kind: its matching rows, sorts, totals and row mapping. */
export function kindQuery(em: SqlEntityManager, knex: Knex, query: Query, span: Span): KindQuery {
  const t = (name: string) => tableName(em, name);
  const n = toNumber;
  /** Exact sums of whole đồng, the same the dashboard makes (read back with `readExactSum`). */
  const sums = moneySums(sqlDialect(em), knex);
  /** The free text's words (at most 8), each to be found in the search column. */
  const words = searchWords(query.q);
  /** The period, the filters every kind takes, and the free text on the search column of `table` (as f). */
  const common = (q: Knex.QueryBuilder, table: string | null) => {
    if (span.from !== null) q.where('f.year', '>=', span.from);
    if (span.to !== null) q.where('f.year', '<=', span.to);
    if (query.planArea) q.where('f.plan_area', query.planArea);
    if (query.agencyCode) q.where('f.agency_code', query.agencyCode);
    if (table) whereSearch(em, q, { name: t(table), alias: 'f' }, words);
    return q;
  };
  /** Records having a country among their countries (a row of `table` keyed by `key`). */
  const withCountry = (q: Knex.QueryBuilder, table: string, key: string) => {
    if (query.countryCode)
      q.whereExists(
        knex
          .from({ c: t(table) })
          .select(knex.raw('1'))
          .whereRaw(`c.${key} = f.${key}`)
          .where('c.country_code', query.countryCode),
      );
    return q;
  };
  const base = {
    code: (r: Record<string, unknown>) => (r.code as string | null) ?? null,
    title: (r: Record<string, unknown>) => (r.title as string | null) ?? null,
  };

  switch (query.kind) {
    case 'course': {
      const matching = common(knex.from({ f: t('training_fact') }), 'training_fact');
      if (query.level) matching.where('f.level', query.level);
      return {
        matching: matching.clone().select('f.*'),
        sorts: { year: 'f.year', title: 'f.title', figure: 'f.trained' },
        id: 'f.course_id',
        totals: matching
          .clone()
          .select(
            knex.raw('coalesce(sum(f.trained), 0) as trained'),
            knex.raw('coalesce(sum(f.completed), 0) as completed'),
            knex.raw('coalesce(sum(f.commune_trained), 0) as commune_trained'),
          ),
        toRecord: (r) => ({
          kind: 'course',
          id: String(r.course_id),
          recordId: String(r.course_id),
          code: base.code(r),
          title: base.title(r),
          agencyCode: String(r.agency_code),
          year: n(r.year),
          planArea: String(r.plan_area),
          figures: { trained: n(r.trained), completed: n(r.completed), communeTrained: n(r.commune_trained) },
        }),
        toTotals: (r) => ({
          trained: n(r.trained),
          completed: n(r.completed),
          communeTrained: n(r.commune_trained),
        }),
      };
    }
    case 'event': {
      const matching = withCountry(
        common(knex.from({ f: t('culture_fact') }), 'culture_fact'),
        'culture_fact_country',
        'cultural_event_id',
      );
      if (query.type) matching.where('f.type', query.type);
      return {
        matching: matching.clone().select('f.*'),
        sorts: { year: 'f.year', title: 'f.title', figure: 'f.audience' },
        id: 'f.cultural_event_id',
        totals: matching.clone().select(knex.raw('coalesce(sum(f.audience), 0) as audience')),
        countries: { table: 'culture_fact_country', key: 'cultural_event_id' },
        toRecord: (r) => ({
          kind: 'event',
          id: String(r.cultural_event_id),
          recordId: String(r.cultural_event_id),
          code: null,
          title: base.title(r),
          agencyCode: String(r.agency_code),
          year: n(r.year),
          planArea: String(r.plan_area),
          figures: { audience: n(r.audience) },
        }),
        toTotals: (r) => ({ audience: n(r.audience) }),
      };
    }
    case 'aid-project': {
      const ofType = (type: string) => `case when f.type = '${type}' then f.amount else 0 end`;
      // The facts are grouped per project first, from a covering index, and only the groups are joined
      // with the projects' titles: joining each of a million facts to its title first made the page 0.4 s.
      const matching = common(knex.from({ f: t('aid_fact') }), null);
      if (words.length) {
        const titled = knex.from(t('aid_project_fact')).select('project_id');
        matching.whereIn('f.project_id', whereSearch(em, titled, { name: t('aid_project_fact') }, words));
      }
      if (query.countryCode) matching.where('f.country_code', query.countryCode);
      if (query.sectorCode) matching.where('f.sector_code', query.sectorCode);
      const projects = matching
        .clone()
        .select(
          'f.project_id',
          knex.raw('min(f.year) as first_year'),
          knex.raw('max(f.agency_code) as agency_code'),
          knex.raw('case when min(f.plan_area) = max(f.plan_area) then min(f.plan_area) end as plan_area'),
          ...sums(ofType('commitment'), 'committed'),
          ...sums(ofType('disbursement'), 'disbursed'),
          // The sort key only: SQLite's `total` (a float) cannot overflow as its 64-bit `sum` can.
          knex.raw(
            `${sqlDialect(em) === 'sqlite' ? 'total' : 'sum'}(${ofType('disbursement')}) as disbursed_sum`,
          ),
        )
        .groupBy('f.project_id');
      return {
        matching: knex
          .from(projects.as('f'))
          .leftJoin({ p: t('aid_project_fact') }, 'p.project_id', 'f.project_id')
          .select('f.*', 'p.code', 'p.title'),
        sorts: { year: 'f.first_year', title: 'p.title', figure: 'f.disbursed_sum' },
        id: 'f.project_id',
        totals: matching
          .clone()
          .select(...sums(ofType('commitment'), 'committed'), ...sums(ofType('disbursement'), 'disbursed')),
        toRecord: (r) => ({
          kind: 'aid-project',
          id: String(r.project_id),
          recordId: String(r.project_id),
          code: base.code(r),
          title: base.title(r),
          agencyCode: String(r.agency_code),
          year: null,
          planArea: (r.plan_area as string | null) ?? null,
          figures: {
            committed: readExactSum(r, 'committed'),
            disbursed: readExactSum(r, 'disbursed'),
          },
        }),
        toTotals: (r) => ({
          committed: readExactSum(r, 'committed'),
          disbursed: readExactSum(r, 'disbursed'),
        }),
      };
    }
    case 'delegation': {
      const matching = withCountry(
        common(knex.from({ f: t('delegation_fact') }), 'delegation_fact'),
        'delegation_fact_country',
        'delegation_id',
      );
      if (query.type) matching.where('f.direction', query.type);
      return {
        matching: matching.clone().select('f.*'),
        sorts: { year: 'f.year', title: 'f.title', figure: 'f.size' },
        id: 'f.delegation_id',
        totals: matching.clone().select(knex.raw('coalesce(sum(f.size), 0) as members')),
        countries: { table: 'delegation_fact_country', key: 'delegation_id' },
        toRecord: (r) => ({
          kind: 'delegation',
          id: String(r.delegation_id),
          recordId: String(r.delegation_id),
          code: null,
          title: base.title(r),
          agencyCode: String(r.agency_code),
          year: n(r.year),
          planArea: String(r.plan_area),
          figures: { members: n(r.size) },
        }),
        toTotals: (r) => ({ members: n(r.members) }),
      };
    }
    case 'budget-line': {
      const matching = common(knex.from({ f: t('budget_fact') }), 'budget_fact');
      if (query.fundingSource) matching.where('f.funding_source', query.fundingSource);
      return {
        matching: matching.clone().select('f.*'),
        sorts: { year: 'f.year', title: 'f.description', figure: 'f.approved' },
        id: 'f.line_id',
        totals: matching
          .clone()
          .select(...sums('f.requested', 'requested'), ...sums('f.approved', 'approved')),
        toRecord: (r) => ({
          kind: 'budget-line',
          id: String(r.line_id),
          recordId: String(r.estimate_id),
          code: null,
          title: (r.description as string | null) ?? null,
          agencyCode: String(r.agency_code),
          year: n(r.year),
          planArea: (r.plan_area as string | null) ?? null,
          figures: { requested: String(r.requested), approved: String(r.approved) },
        }),
        toTotals: (r) => ({
          requested: readExactSum(r, 'requested'),
          approved: readExactSum(r, 'approved'),
        }),
      };
    }
  }
}
