import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { COUNTRIES } from '@ascc/catalog';
import {
  type AidReport,
  type AidReportDimension,
  AidReportQuerySchema,
  type DongTotal,
  readExactSum,
  sharePercent,
} from '@ascc/contracts';
import { knexOf, run, tableName, toNumber } from '@ascc/service-kit';

export type AidQuery = ReturnType<typeof AidReportQuerySchema.parse>;

/** The SQL of each report dimension and the key it has in a row. */
const DIMENSIONS: Record<AidReportDimension, { column: string; key: string }> = {
  year: { column: 'year', key: 'year' },
  country: { column: 'country_code', key: 'countryCode' },
  asean: { column: 'asean', key: 'asean' },
  sector: { column: 'sector_code', key: 'sectorCode' },
  planArea: { column: 'plan_area', key: 'planArea' },
  district: { column: 'district_code', key: 'districtCode' },
};

const SPLIT = 1_000_000_000;
/** The sum of (đồng × % × %) is 10^4 times the split amount in đồng. */
const PERCENT_SQUARED = 10_000n;

/**
 * Aid committed and disbursed, grouped by up to three dimensions and summed by the database. Each
 * transaction is split over its project's sectors and locations by their percentages: the SQL sums
 * đồng × sector % × location % exactly (integers), and the result is rounded half-up once, here.
 */
export async function aidReport(em: EntityManager, query: AidQuery): Promise<AidReport> {
  const knex = knexOf(em);
  const groupBy = query.groupBy;
  const base = aidFacts(em, knex, query);
  // Exact at any size on both databases: the weighted amounts are summed in two parts (see aidFacts).
  const sums = ['commitment', 'disbursement'].flatMap((type) =>
    ['hi', 'lo'].map((part) =>
      knex.raw(
        `cast(coalesce(sum(case when type = '${type}' then weighted_${part} else 0 end), 0) as text) as ${type}_${part}`,
      ),
    ),
  );
  const columns = groupBy.map((d) => DIMENSIONS[d].column);
  const [rows, totalRows] = await Promise.all([
    run<Record<string, unknown>>(
      em,
      knex
        .select(...columns, ...sums)
        .from(base.as('f'))
        .groupBy(columns)
        .orderBy(columns.map((column) => ({ column }))),
    ),
    run<Record<string, unknown>>(em, knex.select(...sums).from(base.clone().as('f'))),
  ]);
  const committedTotal = splitSum(totalRows[0] ?? {}, 'commitment');
  const disbursedTotal = splitSum(totalRows[0] ?? {}, 'disbursement');
  return {
    groupBy,
    rows: rows.map((row) => {
      const committed = splitSum(row, 'commitment');
      const disbursed = splitSum(row, 'disbursement');
      const keys: Record<string, unknown> = {};
      for (const d of groupBy) {
        const value = row[DIMENSIONS[d].column];
        keys[DIMENSIONS[d].key] =
          d === 'year' ? toNumber(value) : d === 'asean' ? toNumber(value) === 1 : (value ?? undefined);
      }
      return {
        ...keys,
        committed,
        disbursed,
        disbursementShare: sharePercent(disbursed, committed),
        committedPercent: sharePercent(committed, committedTotal),
        disbursedPercent: sharePercent(disbursed, disbursedTotal),
      };
    }),
    totals: {
      committed: committedTotal,
      disbursed: disbursedTotal,
      disbursementShare: sharePercent(disbursedTotal, committedTotal),
    },
  };
}

/**
 * One row per transaction × sector share × location share, with its weighted amount
 * (đồng × sector % × location %) and every dimension a report groups or filters by.
 */
function aidFacts(em: EntityManager, knex: Knex, query: AidQuery) {
  const asean = aseanCase();
  const facts = knex
    .select(
      't.type',
      knex.raw('substr(t.date, 1, 4) as year'),
      knex.raw('p.donor_country_code as country_code'),
      knex.raw(`${asean.sql} as asean`, asean.bindings),
      's.sector_code',
      's.plan_area',
      'l.district_code',
      // đồng × sector % × location % reaches 10^19 for one maximal amount, past a 64-bit integer, so
      // it is written as (đồng div 10^9) × % × % and (đồng mod 10^9) × % × %, each far from overflowing.
      knex.raw(`(t.dong_amount / ${SPLIT}) * s.percentage * l.percentage as weighted_hi`),
      knex.raw(`(t.dong_amount % ${SPLIT}) * s.percentage * l.percentage as weighted_lo`),
    )
    .from({ t: tableName(em, 'aid_transaction') })
    .join({ p: tableName(em, 'aid_project') }, 'p.id', 't.project_id')
    .join({ s: tableName(em, 'project_sector') }, 's.project_id', 't.project_id')
    .join({ l: tableName(em, 'project_location') }, 'l.project_id', 't.project_id')
    .whereIn('t.type', ['commitment', 'disbursement']);
  if (query.yearFrom) facts.where('t.date', '>=', `${query.yearFrom}-01-01`);
  if (query.yearTo) facts.where('t.date', '<=', `${query.yearTo}-12-31`);
  if (query.donorCountryCode) facts.where('p.donor_country_code', query.donorCountryCode);
  if (query.donorGroup)
    facts.whereRaw(`${asean.sql} = ?`, [...asean.bindings, query.donorGroup === 'asean' ? 1 : 0]);
  if (query.sectorCode) facts.where('s.sector_code', query.sectorCode);
  if (query.planArea) facts.where('s.plan_area', query.planArea);
  if (query.districtCode) facts.where('l.district_code', query.districtCode);
  return facts;
}

/**
 * Whether the donor was an ASEAN member on the transaction's date, from the catalogue (never stored):
 * Timor-Leste's aid counts as ASEAN only from 26 October 2025.
 */
export function aseanCase(): { sql: string; bindings: string[] } {
  const members = COUNTRIES.filter((c) => c.aseanSince);
  const sql = `(case when ${members.map(() => '(p.donor_country_code = ? and t.date >= ?)').join(' or ')} then 1 else 0 end)`;
  return { sql, bindings: members.flatMap((c) => [c.code, c.aseanSince as string]) };
}

/**
 * The split amount of a report row in whole đồng, exactly: the two partial sums put back together
 * (hi × 10^9 + lo) and divided by 100 × 100, rounded half-up (a negative sum, reversals outweighing,
 * mirrors its positive).
 */
export function splitSum(row: Record<string, unknown>, type: string): DongTotal {
  const product = BigInt(readExactSum({ x_hi: row[`${type}_hi`], x_lo: row[`${type}_lo`] }, 'x'));
  const magnitude = product < 0n ? -product : product;
  let whole = magnitude / PERCENT_SQUARED;
  if ((magnitude % PERCENT_SQUARED) * 2n >= PERCENT_SQUARED) whole += 1n;
  return (product < 0n ? -whole : whole).toString();
}
