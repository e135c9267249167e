import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import ExcelJS from 'exceljs';
import { countryLabel, districtLabel, planAreaLabel } from '@ascc/catalog';
import {
  type CountryCode,
  type CultureReport,
  CultureReportQuerySchema,
  type CultureReportRow,
  type FileDownload,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  addXlsxTable,
  agencyScope,
  csvFile,
  formatXlsxColumns,
  Handles,
} from '@ascc/service-kit';
import { TYPE_LABELS } from './labels';
import { sqlOf } from './sql';

/** The cross-tab is cut at this many rows (the answer says so): narrow the filter beyond. */
export const REPORT_ROW_CAP = 5000;
/** Statuses a report counts: what took place or is still going to (not postponed or cancelled). */
const COUNTED = ['planned', 'confirmed', 'held', 'reported'];

type Filter = ReturnType<typeof CultureReportQuerySchema.parse> & { agencyCode?: string };

/** Reports of the culture service, aggregated in the database (GROUP BY), never in memory. */
/** Answers its routes (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class ReportsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.report)
  async report(query: RouteInput<typeof CULTURE_ROUTES.report>, ctx: RequestContext): Promise<CultureReport> {
    return this.build({ ...query, ...agencyScope('culture.report.read', ctx, query.agencyCode) });
  }

  @Handles(CULTURE_ROUTES.reportExport)
  async export(
    { format, ...query }: RouteInput<typeof CULTURE_ROUTES.reportExport>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const report = await this.build({
      ...query,
      ...agencyScope('culture.report.read', ctx, query.agencyCode),
    });
    const name = `bao-cao-su-kien-van-hoa${query.year ? `-${query.year}` : ''}`;
    const header = [
      'Năm / Year',
      'Loại / Type',
      'Quốc gia / Country',
      'Huyện / District',
      'Lĩnh vực / Plan area',
      'Số sự kiện / Events',
      'Khán giả / Audience',
    ];
    const lines = report.rows.map((r) => [
      r.year,
      r.type,
      r.countryCode ? `${r.countryCode} ${countryLabel(r.countryCode, 'en')}` : '',
      r.districtCode ? districtLabel(r.districtCode, 'vi') : '',
      r.planArea,
      r.events,
      r.audience,
    ]);
    if (format === 'csv') return csvFile(name, [header, ...lines]);
    // The workbook is for reading: names instead of codes, grouped numbers, columns wide enough.
    const workbook = new ExcelJS.Workbook();
    addXlsxTable(
      workbook,
      'Events',
      header.map((h, i) => ({
        header: h,
        width: [8, 26, 28, 26, 48, 14, 14][i],
        format: i >= 5 ? ('count' as const) : undefined,
      })),
      report.rows.map((r) => [
        r.year,
        TYPE_LABELS[r.type][0],
        r.countryCode ? countryLabel(r.countryCode, 'vi') : '',
        r.districtCode ? districtLabel(r.districtCode, 'vi') : '',
        `${r.planArea} ${planAreaLabel(r.planArea, 'vi')}`,
        r.events,
        r.audience,
      ]),
    );
    const years = workbook.addWorksheet('ASEAN');
    years.addRow(['Năm / Year', 'Quốc gia ASEAN / ASEAN countries']);
    for (const y of report.aseanByYear)
      years.addRow([y.year, y.countryCodes.map((code) => countryLabel(code, 'vi')).join(', ')]);
    formatXlsxColumns(years, [{ width: 8 }, { width: 80 }], 1);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      fileName: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: buffer.toString('base64'),
    };
  }

  private async build(filter: Filter): Promise<CultureReport> {
    const { knex, table, bool } = sqlOf(this.orm.em.fork());
    /** The filtered events (a country filter is a sub-query on the country rows). */
    const events = (q: Knex.QueryBuilder) =>
      q
        .from(table('cultural_event', 'e'))
        .whereIn('e.status', COUNTED)
        .modify((w) => {
          if (filter.year)
            w.andWhereBetween('e.start_date', [`${filter.year}-01-01`, `${filter.year}-12-31`]);
          if (filter.type) w.andWhere('e.type', filter.type);
          if (filter.districtCode) w.andWhere('e.district_code', filter.districtCode);
          if (filter.planArea) w.andWhere('e.plan_area', filter.planArea);
          if (filter.agencyCode) w.andWhere('e.agency_code', filter.agencyCode);
          if (filter.countryCode || filter.aseanOnly) {
            w.whereExists(
              knex
                .from(table('cultural_event_country', 'x'))
                .whereRaw('x.event_id = e.id')
                .modify((x) => {
                  if (filter.countryCode) x.andWhere('x.country_code', filter.countryCode);
                  if (filter.aseanOnly) x.andWhere('x.asean', bool(true));
                }),
            );
          }
        });
    /** Country rows of the filtered events, narrowed as the filter says. */
    const countries = (j: Knex.JoinClause) => {
      j.on('c.event_id', '=', 'e.id');
      if (filter.countryCode) j.andOnVal('c.country_code', '=', filter.countryCode);
      if (filter.aseanOnly) j.andOnVal('c.asean', '=', bool(true) as never);
    };
    const narrowed = Boolean(filter.countryCode || filter.aseanOnly);

    const [rows, byYear, totals, asean] = await Promise.all([
      events(knex.queryBuilder())
        .modify((q) =>
          narrowed
            ? q.join(table('cultural_event_country', 'c'), countries)
            : q.leftJoin(table('cultural_event_country', 'c'), countries),
        )
        .select(
          knex.raw('substr(e.start_date, 1, 4) as year'),
          'e.type',
          'c.country_code',
          'e.district_code',
          'e.plan_area',
          knex.raw('count(distinct e.id) as events'),
          knex.raw('coalesce(sum(e.actual_audience), 0) as audience'),
        )
        .groupByRaw('1, 2, 3, 4, 5')
        .orderByRaw('1, 2, 3, 4, 5')
        .limit(REPORT_ROW_CAP + 1) as Promise<Record<string, string | number | null>[]>,
      events(knex.queryBuilder())
        .select(
          knex.raw('substr(e.start_date, 1, 4) as year'),
          knex.raw('count(*) as events'),
          knex.raw('coalesce(sum(e.actual_audience), 0) as audience'),
        )
        .groupByRaw('1')
        .orderByRaw('1') as Promise<Record<string, string | number>[]>,
      events(knex.queryBuilder()).select(
        knex.raw('count(*) as events'),
        knex.raw('coalesce(sum(e.actual_audience), 0) as audience'),
        knex.raw('coalesce(sum(e.expected_audience), 0) as expected_audience'),
      ) as Promise<Record<string, string | number>[]>,
      events(knex.queryBuilder())
        .join(table('cultural_event_country', 'c'), (j) => {
          j.on('c.event_id', '=', 'e.id').andOnVal('c.asean', '=', bool(true) as never);
        })
        .select(knex.raw('substr(e.start_date, 1, 4) as year'), 'c.country_code')
        .groupByRaw('1, 2')
        .orderByRaw('1, 2') as Promise<Record<string, string>[]>,
    ]);
    const aseanByYear = new Map<number, CountryCode[]>();
    for (const r of asean) {
      const y = Number(r.year);
      aseanByYear.set(y, [...(aseanByYear.get(y) ?? []), r.country_code as CountryCode]);
    }
    return {
      rows: rows.slice(0, REPORT_ROW_CAP).map((r): CultureReportRow => ({
        year: Number(r.year),
        type: r.type as CultureReportRow['type'],
        countryCode: (r.country_code as CultureReportRow['countryCode']) ?? null,
        districtCode: (r.district_code as CultureReportRow['districtCode']) ?? null,
        planArea: r.plan_area as CultureReportRow['planArea'],
        events: Number(r.events),
        audience: Number(r.audience),
      })),
      rowsCapped: rows.length > REPORT_ROW_CAP,
      byYear: byYear.map((r) => ({
        year: Number(r.year),
        events: Number(r.events),
        audience: Number(r.audience),
      })),
      aseanByYear: [...aseanByYear].map(([y, countryCodes]) => ({ year: y, countryCodes })),
      totals: {
        events: Number(totals[0]?.events ?? 0),
        audience: Number(totals[0]?.audience ?? 0),
        expectedAudience: Number(totals[0]?.expected_audience ?? 0),
      },
    };
  }
}
