import { Controller, Inject } from '@nestjs/common';
import { type EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { annualReportDueDate, successorOn } from '@ascc/catalog';
import {
  type AuditEntry,
  type IndicatorProgress,
  type IndicatorYearValue,
  type Page,
  type PlanAreaCode,
  type PlanIndicator,
  REPORTING_ROUTES as R,
  type YearlyReportStatus,
  type RouteInput,
  indicatorProgress,
} from '@ascc/contracts';
import {
  Handles,
  type RequestContext,
  ServiceError,
  findAudit,
  recordAudit,
  searchText,
} from '@ascc/service-kit';
import { type Span, spanOf } from '../read-model/read-model.sql';
import { YearlyReport } from '../yearly-reports/yearly-report.entity';
import { computedValues } from './indicator-values';
import { PlanIndicatorRecord } from './plan-indicator.entity';
import { publishedChanged } from './published-changes';

const ENTITY = 'PlanIndicator';
const LABEL = 'Indicator';

/**
 * The plan's indicators (issue 20): the catalogue the coordinator keeps (one transaction per command,
 * with its audit row holding the whole definition before and after: every version is in the history),
 * and each indicator's progress — its values by year, computed from the read model or reported in the
 * agencies' yearly reports — judged by the one status rule (`indicatorStatus` in the contracts).
 */
@Controller()
export class IndicatorsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(R.indicatorList)
  async list({ planArea, method }: RouteInput<typeof R.indicatorList>): Promise<{ items: PlanIndicator[] }> {
    const rows = await this.orm.em.fork().find(PlanIndicatorRecord, {
      ...(planArea && { planArea }),
      ...(method && { method }),
    });
    return { items: sortIndicators(rows).map(toIndicatorDto) };
  }

  @Handles(R.indicatorGet)
  async get({ id }: RouteInput<typeof R.indicatorGet>): Promise<PlanIndicator> {
    return toIndicatorDto(await findIndicator(this.orm.em.fork(), id));
  }

  @Handles(R.indicatorHistory)
  async history(
    { id, ...page }: RouteInput<typeof R.indicatorHistory>,
    _ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    // A removed indicator's history stays readable: its audit rows outlive it.
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(R.indicatorCreate)
  async create(input: RouteInput<typeof R.indicatorCreate>, ctx: RequestContext): Promise<PlanIndicator> {
    try {
      const created = await this.orm.em.fork().transactional(async (em) => {
        const record = em.create(PlanIndicatorRecord, { ...input, searchText: searchOf(input) });
        await em.flush();
        const after = toIndicatorDto(record);
        recordAudit(em, ctx, {
          entity: ENTITY,
          entityId: record.id,
          action: 'create',
          after,
          agencyCode: after.leadAgencyCode,
        });
        return after;
      });
      publishedChanged();
      return created;
    } catch (error) {
      throw uniqueCode(error, input.code);
    }
  }

  @Handles(R.indicatorUpdate)
  async update(input: RouteInput<typeof R.indicatorUpdate>, ctx: RequestContext): Promise<PlanIndicator> {
    const { id, version, ...definition } = input;
    try {
      const updated = await this.orm.em.fork().transactional(async (em) => {
        const record = await findIndicator(em, id);
        if (record.version !== version)
          throw ServiceError.staleVersion('The indicator', record.version, {
            current: toIndicatorDto(record),
          });
        const before = toIndicatorDto(record);
        em.assign(record, { ...definition, searchText: searchOf(definition) });
        await em.flush();
        const after = toIndicatorDto(record);
        recordAudit(em, ctx, {
          entity: ENTITY,
          entityId: id,
          action: 'update',
          before,
          after,
          agencyCode: after.leadAgencyCode,
        });
        return after;
      });
      publishedChanged();
      return updated;
    } catch (error) {
      throw uniqueCode(error, definition.code);
    }
  }

  @Handles(R.indicatorDelete)
  async remove(
    { id, version }: RouteInput<typeof R.indicatorDelete>,
    ctx: RequestContext,
  ): Promise<PlanIndicator> {
    const removed = await this.orm.em.fork().transactional(async (em) => {
      const record = await findIndicator(em, id);
      if (record.version !== version)
        throw ServiceError.staleVersion('The indicator', record.version, { current: toIndicatorDto(record) });
      const before = toIndicatorDto(record);
      em.remove(record);
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: id,
        action: 'delete',
        before,
        agencyCode: before.leadAgencyCode,
      });
      return before;
    });
    publishedChanged();
    return removed;
  }

  @Handles(R.indicatorProgress)
  async progress(query: RouteInput<typeof R.indicatorProgress>): Promise<{ items: IndicatorProgress[] }> {
    return { items: await indicatorProgressOf(this.orm.em.fork(), spanOf(query), query.planArea) };
  }
}

/** Which values count: the console's (submitted or accepted reports, every year) or the public's. */
export interface ValueSources {
  reportStatuses: readonly YearlyReportStatus[];
  /** The last year whose computed values count (null: every year). */
  computedThrough: number | null;
}

const CONSOLE_SOURCES: ValueSources = { reportStatuses: ['submitted', 'accepted'], computedThrough: null };

/**
 * Every indicator's progress over the span (of one plan area, if given): computed values from the read
 * model, reported ones from the yearly reports submitted or accepted (a draft is not yet the agency's
 * word). A cumulative indicator sums from the plan's start, whatever the span. `em` may be a
 * transaction's (a review being frozen): the queries then run one after another on its connection.
 */
export async function indicatorProgressOf(
  em: EntityManager,
  span: Span,
  planArea?: PlanAreaCode,
  sources: ValueSources = CONSOLE_SOURCES,
): Promise<IndicatorProgress[]> {
  const indicators = sortIndicators(await em.find(PlanIndicatorRecord, planArea ? { planArea } : {}));
  const reported = await reportedValues(em, span, indicators, sources.reportStatuses);
  const out: IndicatorProgress[] = [];
  const computedTo =
    sources.computedThrough === null
      ? span.to
      : Math.min(span.to ?? sources.computedThrough, sources.computedThrough);
  for (const record of indicators) {
    const indicator = toIndicatorDto(record);
    const from = indicator.cumulative ? { from: null, to: computedTo } : { ...span, to: computedTo };
    const values =
      indicator.method === 'computed' && indicator.computation
        ? await computedValues(em as SqlEntityManager, indicator.computation, from)
        : (reported.get(indicator.code) ?? []);
    out.push(indicatorProgress(indicator, values, span));
  }
  return out;
}

/**
 * The reported indicators' values by code and year, from the reports submitted or accepted: the lead
 * agency's (or, after a reorganisation, the report of the agency carrying on its work in that year),
 * else the latest edited report's that gives a value.
 */
async function reportedValues(
  em: EntityManager,
  span: Span,
  indicators: PlanIndicatorRecord[],
  statuses: readonly YearlyReportStatus[],
): Promise<Map<string, IndicatorYearValue[]>> {
  const codes = new Map(indicators.filter((i) => i.method === 'reported').map((i) => [i.code, i]));
  if (!codes.size) return new Map();
  const reports = await em.find(
    YearlyReport,
    {
      status: { $in: [...statuses] },
      ...(span.to !== null && { year: { $lte: span.to } }),
    },
    { orderBy: { updatedAt: 'desc', id: 'asc' } },
  );
  const chosen = new Map<string, { value: IndicatorYearValue; lead: boolean }>();
  for (const report of reports) {
    const due = annualReportDueDate(report.year);
    const carrier = successorOn(report.agencyCode, due)?.code ?? report.agencyCode;
    for (const line of report.indicators) {
      const indicator = line.code ? codes.get(line.code) : undefined;
      if (!indicator || line.actual === null) continue;
      const lead = (successorOn(indicator.leadAgencyCode, due)?.code ?? indicator.leadAgencyCode) === carrier;
      const key = `${indicator.code}|${report.year}`;
      const held = chosen.get(key);
      if (held && (held.lead || !lead)) continue;
      chosen.set(key, {
        lead,
        value: {
          year: report.year,
          value: line.actual,
          agencyCode: report.agencyCode,
          source: line.source || null,
          comment: line.comment || null,
        },
      });
    }
  }
  const byCode = new Map<string, IndicatorYearValue[]>();
  for (const [key, { value }] of chosen) {
    const code = key.slice(0, key.lastIndexOf('|'));
    byCode.set(code, [...(byCode.get(code) ?? []), value]);
  }
  return byCode;
}

async function findIndicator(em: EntityManager, id: string): Promise<PlanIndicatorRecord> {
  const record = await em.findOne(PlanIndicatorRecord, { id });
  if (!record) throw ServiceError.notFound(LABEL, id);
  return record;
}

function uniqueCode(error: unknown, code: string) {
  if (error instanceof UniqueConstraintViolationException)
    return ServiceError.refuse(
      'indicatorExists',
      { indicatorCode: code },
      `An indicator ${code} already exists`,
      {
        at: { path: 'code', code: 'duplicate' },
      },
    );
  return error;
}

const searchOf = (d: { code: string; nameVi: string; nameEn: string }) =>
  searchText(d.code, d.nameVi, d.nameEn);

/** In the plan's order: area III.1 … III.12, then the code (III.8-2 before III.8-10). */
function sortIndicators(rows: PlanIndicatorRecord[]): PlanIndicatorRecord[] {
  const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return [...rows].sort((a, b) => natural(a.planArea, b.planArea) || natural(a.code, b.code));
}

export function toIndicatorDto(r: PlanIndicatorRecord): PlanIndicator {
  return {
    id: r.id,
    version: r.version,
    code: r.code,
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    planArea: r.planArea,
    unit: r.unit,
    direction: r.direction,
    baseline: r.baseline ?? null,
    baselineYear: r.baselineYear ?? null,
    targets: [...r.targets].sort((a, b) => a.year - b.year),
    cumulative: r.cumulative,
    leadAgencyCode: r.leadAgencyCode as PlanIndicator['leadAgencyCode'],
    method: r.method,
    computation: r.computation ?? null,
    origin: r.origin,
    planQuote: r.planQuote,
    planRef: r.planRef,
    updatedAt: r.updatedAt.toISOString(),
  };
}
