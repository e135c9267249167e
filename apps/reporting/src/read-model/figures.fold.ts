import { type AreaFigures, type Dashboard, readExactSum } from '@ascc/contracts';
import { toNumber as n } from '@ascc/service-kit';
import type { Span } from './read-model.sql';

/**
 * The pure folds of the read model's figures: the rows the per-department queries read (GROUP BY rows,
 * counts as numbers or numeric strings, money as `exactSumSql` parts) turned into the dashboard's and a
 * plan area's figures. No database here: each fold is tested with rows written by hand.
 */
export type Row = Record<string, unknown>;

/** The dashboard's rows of each department, as `department-queries.ts` reads them. */
export interface DashboardRows {
  /** Training facts grouped by year × level: courses, trained, completed, female, commune. */
  training: Row[];
  /** Culture facts: events per country (with `asean`), events and audience per type. */
  culture: { byCountry: Row[]; byType: Row[] };
  /** Aid facts grouped by country × sector, with exact `committed` and `disbursed` sums. */
  aid: Row[];
  /** Delegations: one totals row, and delegations per country. */
  delegations: { totals: Row[]; byCountry: Row[] };
  /** Budget lines: one totals row, then per agency and per funding source (exact sums). */
  budget: { totals: Row[]; byAgency: Row[]; byFunding: Row[] };
}

/** The plan area's rows of each department: a totals row and one row per year. */
export interface AreaRows {
  training: { totals: Row[]; byYear: Row[] };
  culture: { totals: Row[]; byYear: Row[] };
  aid: { totals: Row[]; byYear: Row[] };
  delegations: { totals: Row[]; byYear: Row[] };
  budget: { totals: Row[]; byYear: Row[] };
}

const isAsean = (r: Row) => n(r.asean) === 1 || r.asean === true;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dong = (sum: bigint) => sum.toString();

/** The dashboard of `span`, from its rows, the events applied and the consumers' lag. */
export function foldDashboard(
  span: Span,
  state: { eventsApplied: number; lag: number },
  rows: DashboardRows,
): Dashboard {
  return {
    yearFrom: span.from,
    yearTo: span.to,
    eventsApplied: state.eventsApplied,
    lag: state.lag,
    training: foldTraining(rows.training),
    culture: foldCulture(rows.culture),
    aid: foldAid(rows.aid),
    delegations: foldDelegations(rows.delegations),
    budget: foldBudget(rows.budget),
  };
}

/** The totals, the levels and the years, all summed from the year × level groups. */
export function foldTraining(groups: Row[]): Dashboard['training'] {
  const tr = { courses: 0, trained: 0, completed: 0, female: 0, commune: 0 };
  const byLevel = new Map<string, { level: string; courses: number; trained: number; completed: number }>();
  const byYear = new Map<number, { year: number; trained: number; completed: number }>();
  for (const r of groups) {
    tr.courses += n(r.courses);
    tr.trained += n(r.trained);
    tr.completed += n(r.completed);
    tr.female += n(r.female);
    tr.commune += n(r.commune);
    const level = byLevel.get(String(r.level)) ?? {
      level: String(r.level),
      courses: 0,
      trained: 0,
      completed: 0,
    };
    level.courses += n(r.courses);
    level.trained += n(r.trained);
    level.completed += n(r.completed);
    byLevel.set(level.level, level);
    const year = byYear.get(n(r.year)) ?? { year: n(r.year), trained: 0, completed: 0 };
    year.trained += n(r.trained);
    year.completed += n(r.completed);
    byYear.set(year.year, year);
  }
  return {
    courses: tr.courses,
    trained: tr.trained,
    completed: tr.completed,
    female: tr.female,
    communeTrained: tr.commune,
    communeShare: tr.trained ? tr.commune / tr.trained : 0,
    byLevel: [...byLevel.values()].sort((a, b) => byText(a.level, b.level)),
    byYear: [...byYear.values()].sort((a, b) => a.year - b.year),
  };
}

/** The totals summed from the types; the countries in the database's order. */
export function foldCulture({ byCountry, byType }: DashboardRows['culture']): Dashboard['culture'] {
  const culture = byType.reduce(
    (sum: { events: number; audience: number }, r) => ({
      events: sum.events + n(r.events),
      audience: sum.audience + n(r.audience),
    }),
    { events: 0, audience: 0 },
  );
  return {
    events: culture.events,
    audience: culture.audience,
    aseanCountries: byCountry.filter(isAsean).map((r) => String(r.country_code)),
    byCountry: byCountry.map((r) => ({
      countryCode: String(r.country_code),
      asean: isAsean(r),
      events: n(r.events),
    })),
    byType: byType.map((r) => ({ type: String(r.type), events: n(r.events), audience: n(r.audience) })),
  };
}

/**
 * Exact sums of whole đồng (bigint) from each country × sector group's exact SQL sums: the totals, the
 * countries (in the rows' order, the database's) and the sectors (sorted by code).
 */
export function foldAid(groups: Row[]): Dashboard['aid'] {
  const aid = { committed: 0n, disbursed: 0n };
  const byCountry = new Map<string | null, { asean: boolean; committed: bigint; disbursed: bigint }>();
  const bySector = new Map<string, { committed: bigint; disbursed: bigint }>();
  for (const r of groups) {
    const committed = BigInt(readExactSum(r, 'committed'));
    const disbursed = BigInt(readExactSum(r, 'disbursed'));
    aid.committed += committed;
    aid.disbursed += disbursed;
    const countryCode = (r.country_code as string | null) ?? null;
    const country = byCountry.get(countryCode) ?? { asean: false, committed: 0n, disbursed: 0n };
    country.asean ||= isAsean(r);
    country.committed += committed;
    country.disbursed += disbursed;
    byCountry.set(countryCode, country);
    const sector = bySector.get(String(r.sector_code)) ?? { committed: 0n, disbursed: 0n };
    sector.committed += committed;
    sector.disbursed += disbursed;
    bySector.set(String(r.sector_code), sector);
  }
  return {
    committed: dong(aid.committed),
    disbursed: dong(aid.disbursed),
    byCountry: [...byCountry.entries()].map(([countryCode, r]) => ({
      countryCode,
      asean: r.asean,
      committed: dong(r.committed),
      disbursed: dong(r.disbursed),
    })),
    bySector: [...bySector.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([sectorCode, r]) => ({
        sectorCode,
        committed: dong(r.committed),
        disbursed: dong(r.disbursed),
      })),
  };
}

export function foldDelegations({
  totals,
  byCountry,
}: DashboardRows['delegations']): Dashboard['delegations'] {
  return {
    delegations: n(totals[0]?.delegations),
    inbound: n(totals[0]?.inbound),
    outbound: n(totals[0]?.outbound),
    members: n(totals[0]?.members),
    byCountry: byCountry.map((r) => ({
      countryCode: String(r.country_code),
      asean: isAsean(r),
      delegations: n(r.delegations),
    })),
  };
}

export function foldBudget({ totals, byAgency, byFunding }: DashboardRows['budget']): Dashboard['budget'] {
  return {
    estimates: n(totals[0]?.estimates),
    requested: readExactSum(totals[0] ?? {}, 'requested'),
    approved: readExactSum(totals[0] ?? {}, 'approved'),
    byAgency: byAgency.map((r) => ({
      agencyCode: String(r.agency_code),
      requested: readExactSum(r, 'requested'),
      approved: readExactSum(r, 'approved'),
    })),
    byFundingSource: byFunding.map((r) => ({
      fundingSource: String(r.funding_source),
      requested: readExactSum(r, 'requested'),
      approved: readExactSum(r, 'approved'),
    })),
  };
}

/** A plan area's figures: each department's totals, and its years merged into one row per year. */
export function foldArea(code: AreaFigures['code'], rows: AreaRows): AreaFigures {
  const years = new Map<number, AreaFigures['byYear'][number]>();
  const year = (y: unknown) => {
    const key = n(y);
    if (!years.has(key))
      years.set(key, { year: key, trained: 0, events: 0, disbursed: '0', delegations: 0, approved: '0' });
    return years.get(key) as AreaFigures['byYear'][number];
  };
  rows.training.byYear.forEach((r) => (year(r.year).trained = n(r.v)));
  rows.culture.byYear.forEach((r) => (year(r.year).events = n(r.v)));
  rows.aid.byYear.forEach((r) => (year(r.year).disbursed = readExactSum(r, 'disbursed')));
  rows.delegations.byYear.forEach((r) => (year(r.year).delegations = n(r.v)));
  rows.budget.byYear.forEach((r) => (year(r.year).approved = readExactSum(r, 'v')));
  const [training, culture, aid, delegations, budget] = [
    rows.training.totals[0],
    rows.culture.totals[0],
    rows.aid.totals[0],
    rows.delegations.totals[0],
    rows.budget.totals[0],
  ];
  return {
    code,
    training: {
      courses: n(training?.courses),
      trained: n(training?.trained),
      completed: n(training?.completed),
    },
    culture: { events: n(culture?.events), audience: n(culture?.audience) },
    aid: {
      projects: n(aid?.projects),
      committed: readExactSum(aid ?? {}, 'committed'),
      disbursed: readExactSum(aid ?? {}, 'disbursed'),
    },
    delegations: { delegations: n(delegations?.delegations), members: n(delegations?.members) },
    budget: {
      lines: n(budget?.lines),
      requested: readExactSum(budget ?? {}, 'requested'),
      approved: readExactSum(budget ?? {}, 'approved'),
    },
    byYear: [...years.values()].sort((a, b) => a.year - b.year),
  };
}
