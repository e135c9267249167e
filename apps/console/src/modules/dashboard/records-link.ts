import {
  PLAN_RECORD_FILTERS,
  type PlanRecord,
  type PlanRecordFilter,
  type PlanRecordKind,
  type PlanRecordsQuerySchema,
} from '@ascc/contracts';
import type { z } from 'zod';

/** The records' query as the console holds it (parsed: numbers are numbers). */
export type RecordsQuery = z.output<typeof PlanRecordsQuerySchema>;

/** Where the records page lives (its route is in app/app-routes.tsx, next to the plan area's page). */
export const RECORDS_PATH = '/plan/records';

/** What a figure is: the kind of record it sums, its period and the split it belongs to. */
export type RecordsFilter = Omit<RecordsQuery, 'page' | 'pageSize' | 'sort' | 'order' | 'q'>;

/** The dashboard's period: one year, a phase, or (neither) the whole plan. */
export type Period = Pick<RecordsFilter, 'year' | 'phase'>;

/** The filters that belong to some kinds only (plan area and agency apply to every kind). */
export const KIND_SPECIFIC_FILTERS = PLAN_RECORD_FILTERS.filter(
  (name): name is Exclude<PlanRecordFilter, 'planArea' | 'agencyCode'> =>
    name !== 'planArea' && name !== 'agencyCode',
);

/** The order of the address's parameters, so the same figure always has the same link. */
const ORDER: readonly (keyof RecordsLink)[] = ['kind', 'year', 'phase', ...PLAN_RECORD_FILTERS];

/**
 * The dashboard's period as the records' filters: a year wins over a phase, neither is the whole plan,
 * exactly as the read model sums the figure.
 */
export function periodFilter(period: Period): Period {
  if (period.year !== undefined) return { year: period.year };
  if (period.phase !== undefined) return { phase: period.phase };
  return {};
}

/** A figure's filters as a link carries them: the read model's codes are plain strings. */
export type RecordsLink = { kind: PlanRecordKind } & {
  [K in Exclude<keyof RecordsFilter, 'kind'>]?: string | number;
};

/** The records page's address for a figure: its kind, period and split as URL filters. */
export function recordsUrl(filter: RecordsLink): string {
  const params = new URLSearchParams();
  for (const name of ORDER) {
    const value = filter[name];
    if (value !== undefined && value !== null && String(value) !== '') params.set(name, String(value));
  }
  return `${RECORDS_PATH}?${params.toString()}`;
}

/** A record's own page in its department (a budget line opens its estimate). */
export function recordPath(record: Pick<PlanRecord, 'kind' | 'recordId'>): string {
  const id = encodeURIComponent(record.recordId);
  switch (record.kind) {
    case 'course':
      return `/training/courses/${id}`;
    case 'event':
      return `/culture/${id}`;
    case 'aid-project':
      return `/aid/projects/${id}`;
    case 'delegation':
      return `/aid/delegations/${id}`;
    case 'budget-line':
      return `/budget/${id}`;
  }
}

/** The figure a kind is sorted by (`sort=figure`) and whose total a dashboard figure shows first. */
export const MAIN_FIGURE: Record<PlanRecordKind, string> = {
  course: 'trained',
  event: 'audience',
  'aid-project': 'disbursed',
  delegation: 'members',
  'budget-line': 'approved',
};

/** The figures each kind fills, in the order the table shows them. */
export const KIND_FIGURES = {
  course: ['trained', 'completed', 'communeTrained'],
  event: ['audience', 'countries'],
  'aid-project': ['committed', 'disbursed'],
  delegation: ['members', 'countries'],
  'budget-line': ['requested', 'approved'],
} as const satisfies Record<PlanRecordKind, readonly string[]>;

export type FigureName = (typeof KIND_FIGURES)[PlanRecordKind][number];

export const MONEY_FIGURES: ReadonlySet<FigureName> = new Set([
  'committed',
  'disbursed',
  'requested',
  'approved',
]);
