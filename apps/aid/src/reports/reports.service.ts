import {
  Inject,
  Controller,
} from '@nestjs/common';
import {
  type EntityManager,
  MikroORM,
} from '@mikro-orm/core';
import type {
  Knex,
} from '@mikro-orm/knex';
import {
  COUNTRIES,
  countryLabel,
  districtLabel,
  planAreaLabel,
  sectorLabel,
} from '@ascc/catalog';
import {
  type AidReport,
  type AidReportDimension,
  AidReportQuerySchema,
  type DelegationReport,
  DelegationReportQuerySchema,
  type FileDownload,
  type DongTotal,
  type ProjectStatus,
  readExactSum,
  sharePercent,
  AID_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  knexOf,
  run,
  tableName,
  toNumber,
  Handles,
} from '@ascc/service-kit';
import {
  Ngo,
} from '../ngos/ngo.entity';
import {
  AidProject,
  AidTransaction,
} from '../projects/aid-project.entity';
import {
  toDtos,
} from '../projects/projects.service';
import {
  toDto as transactionDto,
} from '../projects/transactions.service';
import {
  type Column,
  tableFile,
} from './export-file';
import {
  IATI_FOOTER,
  iatiActivity,
  iatiHeader,
} from './iati-xml';

type AidQuery = ReturnType<typeof AidReportQuerySchema.parse>;

/** The SQL of each report dimension and the key it has in a row. */
const DIMENSIONS: Record<AidReportDimension, { column: string; key: string }> = {
  year: { column: 'year', key: 'year' },
  country: { column: 'country_code', key: 'countryCode' },
  asean: { column: 'asean', key: 'asean' },
  sector: { column: 'sector_code', key: 'sectorCode' },
  planArea: { column: 'plan_area', key: 'planArea' },
  district: { column: 'district_code', key: 'districtCode' },
};

/** Pages of this many projects when writing the IATI file, so it never loads the whole table at once. */
const IATI_PAGE = 200;

@Controller()
export class ReportsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /**
   * Aid committed and disbursed, grouped by up to three dimensions and summed by the database. Each
   * transaction is split over its project's sectors and locations by their percentages: the SQL sums
   * đồng × sector % × location % exactly (integers), and the result is rounded half-up once, here.
   */
  @Handles(AID_ROUTES.reportAid)
  async aid(query: RouteInput<typeof AID_ROUTES.reportAid>): Promise<AidReport> {
    return this.aidReport(query);
  }

  @Handles(AID_ROUTES.reportAidExport)
  async aidExport({ format, ...query }: RouteInput<typeof AID_ROUTES.reportAidExport>): Promise<FileDownload> {
    const report = await this.aidReport(query);
    const labels: Record<AidReportDimension, Column> = {
      year: { header: 'Năm / Year', width: 8, value: (r) => (r.year as number) ?? null },
      country: {
        header: 'Quốc gia tài trợ / Donor country',
        value: (r) => (r.countryCode ? countryLabel(String(r.countryCode), 'vi') : '—'),
      },
      asean: { header: 'ASEAN', value: (r) => (r.asean ? 'ASEAN' : 'Khác / Other') },
      sector: { header: 'Lĩnh vực / Sector', width: 36, value: (r) => sectorLabel(String(r.sectorCode), 'vi') },
      planArea: {
        header: 'Nội dung Kế hoạch / Plan area',
        width: 48,
        value: (r) => `${String(r.planArea)} ${planAreaLabel(String(r.planArea), 'vi')}`,
      },
      district: { header: 'Huyện / District', value: (r) => districtLabel(String(r.districtCode), 'vi') },
    };
    const columns: Column[] = [
      ...report.groupBy.map((d) => labels[d]),
      { header: 'Cam kết (đồng) / Committed (VND)', format: 'money', value: (r) => dongCell(r.committed) },
      { header: 'Giải ngân (đồng) / Disbursed (VND)', format: 'money', value: (r) => dongCell(r.disbursed) },
      {
        header: 'Tỷ lệ giải ngân % / Disbursement share %',
        format: 'decimal',
        value: (r) => (r.disbursementShare as number | null) ?? null,
      },
      {
        header: '% tổng cam kết / % of committed',
        format: 'decimal',
        value: (r) => (r.committedPercent as number | null) ?? null,
      },
    ];
    return tableFile(format, `vien-tro-${report.groupBy.join('-')}`, 'Viện trợ', columns, report.rows);
  }

  @Handles(AID_ROUTES.reportDelegations)
  async delegations(query: RouteInput<typeof AID_ROUTES.reportDelegations>): Promise<DelegationReport> {
    return this.delegationReport(query);
  }

  @Handles(AID_ROUTES.reportDelegationsExport)
  async delegationsExport({ format, ...query }: RouteInput<typeof AID_ROUTES.reportDelegationsExport>): Promise<FileDownload> {
    const report = await this.delegationReport(query);
    const columns: Column[] = [
      { header: 'Năm / Year', width: 8, value: (r) => r.year as number },
      { header: 'Quốc gia / Country', value: (r) => countryLabel(String(r.countryCode), 'vi') },
      {
        header: 'Chiều / Direction',
        value: (r) => (r.direction === 'inbound' ? 'Đoàn vào / Inbound' : 'Đoàn ra / Outbound'),
      },
      { header: 'Số đoàn / Delegations', format: 'count', value: (r) => r.delegations as number },
      { header: 'Số người / People', format: 'count', value: (r) => r.people as number },
    ];
    return tableFile(format, 'doan-ra-doan-vao', 'Đoàn', columns, report.rows);
  }

  /** The projects matching the filter as IATI 2.03 activities, read page by page. */
  @Handles(AID_ROUTES.iatiExport)
  async iati(query: RouteInput<typeof AID_ROUTES.iatiExport>): Promise<FileDownload> {
    const em = this.orm.em.fork();
    const where = {
      // Refused and not yet decided projects are not activities of the province.
      status: query.status ?? { $nin: ['submitted', 'under-appraisal', 'refused'] as ProjectStatus[] },
      ...(query.donorCountryCode && { donorCountryCode: query.donorCountryCode }),
      ...(query.sectorCode && { sectorTags: { $like: `%,${query.sectorCode},%` } }),
      ...(query.districtCode && { districtTags: { $like: `%,${query.districtCode},%` } }),
      ...(query.agencyCode && { agencyCode: query.agencyCode }),
    };
    const parts = [iatiHeader(new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))];
    for (let offset = 0; ; offset += IATI_PAGE) {
      const projects = await em.find(AidProject, where, {
        orderBy: { code: 'asc', id: 'asc' },
        limit: IATI_PAGE,
        offset,
      });
      if (!projects.length) break;
      const ids = projects.map((p) => p.id);
      const [dtos, transactions, ngos] = await Promise.all([
        toDtos(em, projects),
        em.find(AidTransaction, { projectId: { $in: ids } }, { orderBy: { date: 'asc', id: 'asc' } }),
        em.find(Ngo, {
          id: { $in: projects.flatMap((p) => p.participants.flatMap((o) => (o.ngoId ? [o.ngoId] : []))) },
        }),
      ]);
      const kinds = new Map(ngos.map((n) => [n.id, n.kind as string]));
      for (const dto of dtos) {
        parts.push(
          iatiActivity(dto, transactions.filter((t) => t.projectId === dto.id).map((t) => transactionDto(t)), kinds),
        );
      }
      em.clear();
      if (projects.length < IATI_PAGE) break;
    }
    parts.push(IATI_FOOTER);
    return {
      fileName: `iati-activities-${reportDate()}.xml`,
      contentType: 'application/xml',
      base64: Buffer.from(parts.join(''), 'utf8').toString('base64'),
    };
  }

  private async aidReport(query: AidQuery): Promise<AidReport> {
    const em = this.orm.em.fork();
    const knex = knexOf(em);
    const groupBy = query.groupBy;
    const base = this.aidFacts(em, knex, query);
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
  private aidFacts(em: EntityManager, knex: Knex, query: AidQuery) {
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

  private async delegationReport(
    query: ReturnType<typeof DelegationReportQuerySchema.parse>,
  ): Promise<DelegationReport> {
    const em = this.orm.em.fork();
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
}

/**
 * Whether the donor was an ASEAN member on the transaction's date, from the catalogue (never stored):
 * Timor-Leste's aid counts as ASEAN only from 26 October 2025.
 */
function aseanCase(): { sql: string; bindings: string[] } {
  const members = COUNTRIES.filter((c) => c.aseanSince);
  const sql = `(case when ${members.map(() => '(p.donor_country_code = ? and t.date >= ?)').join(' or ')} then 1 else 0 end)`;
  return { sql, bindings: members.flatMap((c) => [c.code, c.aseanSince as string]) };
}

const SPLIT = 1_000_000_000;
/** The sum of (đồng × % × %) is 10^4 times the split amount in đồng. */
const PERCENT_SQUARED = 10_000n;

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

/** A total as an XLSX number where one holds it exactly, otherwise as its digits. */
function dongCell(value: unknown): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : String(value);
}

function reportDate() {
  return new Date().toISOString().slice(0, 10);
}
