import { Controller, Inject } from '@nestjs/common';
import {
  type EntityManager,
  type FilterQuery,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { annualReportDueDate, todayIsoDate } from '@ascc/catalog';
import {
  type AuditEntry,
  REPORTING_ROUTES as R,
  type RouteInput,
  type Page,
  type ReportingOverview,
  type TaskProgress,
  type YearlyReport as YearlyReportDto,
  tallyYearlyReports,
  isLateReport,
  exactSumSql,
  readExactSum,
  toDong,
  yearlyReportAllows,
  yearlyReportNext,
} from '@ascc/contracts';
import {
  AuditRecord,
  Handles,
  type RequestContext,
  ServiceError,
  agencyScope,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  paginateRows,
  type Row,
  recordAudit,
  searchFilter,
  searchText,
  knexOf,
  run,
  sqlDialect,
  tableName,
  toNumber,
} from '@ascc/service-kit';
import { tasksOfAgency } from '../action-plans/plan-tasks';
import { YearlyReport } from './yearly-report.entity';
import { publishedChanged } from '../indicators/published-changes';
import { deliver } from '../notifications/inbox';
import { reportReturnedNotification } from '../notifications/reminder-rules';

const LABEL = 'Yearly report';
const ENTITY = 'YearlyReport';

/**
 * Yearly reports (plan VII.12): an agency starts one per year and area, pre-filled with its figures
 * from the read model, edits and submits it; the plan coordinator accepts it or returns it with a
 * comment, and sees who has and has not reported. One transaction per command, with its audit record.
 */
@Controller()
export class YearlyReportsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(R.reportList)
  async list(
    { q, year, agencyCode, planArea, status, page, pageSize, sort, order }: RouteInput<typeof R.reportList>,
    ctx: RequestContext,
  ): Promise<Page<YearlyReportDto>> {
    const scope = agencyScope('reporting.report.read', ctx, agencyCode);
    const where: FilterQuery<YearlyReport> = {
      ...searchFilter(this.orm.em, YearlyReport, q),
      ...scope,
      ...(year && { year }),
      ...(planArea && { planArea }),
      ...(status && { status }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), YearlyReport, where, {
      page,
      pageSize,
      sort,
      order,
    });
    return { ...result, items: result.items.map(toDto) };
  }

  @Handles(R.reportGet)
  async get({ id }: RouteInput<typeof R.reportGet>, ctx: RequestContext): Promise<YearlyReportDto> {
    return toDto(
      await findPermitted(this.orm.em.fork(), YearlyReport, id, ctx, 'reporting.report.read', LABEL),
    );
  }

  /** Who started, edited, submitted and reviewed the report: its audit rows, newest first. */
  @Handles(R.reportHistory)
  async history(
    { id, ...page }: RouteInput<typeof R.reportHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, YearlyReport, id, ctx, 'reporting.report.read', LABEL);
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(R.reportCreate)
  async create(input: RouteInput<typeof R.reportCreate>, ctx: RequestContext): Promise<YearlyReportDto> {
    assertRecordAllowed('reporting.report.manage', ctx, input.agencyCode);
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const report = em.create(YearlyReport, {
          ...input,
          figures: await figuresOf(em, input.agencyCode, input.year, input.planArea),
          searchText: searchText(input.agencyCode, input.planArea, String(input.year)),
        });
        await em.flush();
        recordAudit(em, ctx, { entity: ENTITY, entityId: report.id, action: 'create', after: toDto(report) });
        return toDto(report);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw ServiceError.refuse(
          'reportExists',
          { agencyCode: input.agencyCode, year: input.year, planArea: input.planArea },
          `${input.agencyCode} already has a report for ${input.year} and area ${input.planArea}`,
          { at: { path: 'planArea', code: 'duplicate' } },
        );
      throw error;
    }
  }

  @Handles(R.reportUpdate)
  async update(input: RouteInput<typeof R.reportUpdate>, ctx: RequestContext): Promise<YearlyReportDto> {
    return this.change(input.id, input.version, ctx, 'reporting.report.manage', (report) => {
      assertAction(report, 'edit');
      report.narrative = input.narrative;
      if (input.indicators) report.indicators = input.indicators;
      if (input.tasks) report.tasks = mergedTasks(report, input.tasks);
      report.difficulties = input.difficulties;
      report.proposals = input.proposals;
    });
  }

  @Handles(R.reportSubmit)
  async submit(input: RouteInput<typeof R.reportSubmit>, ctx: RequestContext): Promise<YearlyReportDto> {
    return this.change(input.id, input.version, ctx, 'reporting.report.manage', (report) => {
      report.status = assertAction(report, 'submit');
      report.submittedAt = new Date();
      report.late = isLateReport(report.year, todayIsoDate());
      report.reviewComment = null;
    });
  }

  @Handles(R.reportReview)
  async review(input: RouteInput<typeof R.reportReview>, ctx: RequestContext): Promise<YearlyReportDto> {
    const reviewed = await this.change(
      input.id,
      input.version,
      ctx,
      'reporting.report.review',
      (report) => {
        report.status = assertAction(report, input.decision);
        report.reviewComment = input.comment ?? null;
      },
      // A returned report is in its author's inbox, in the review's transaction.
      async (em, report) => {
        if (input.decision !== 'return') return;
        const created = await em.findOne(
          AuditRecord,
          { entity: ENTITY, entityId: report.id, action: 'create' },
          { orderBy: { at: 'asc' } },
        );
        await deliver(
          em,
          reportReturnedNotification({
            id: report.id,
            agencyCode: report.agencyCode,
            year: report.year,
            planArea: report.planArea,
            comment: input.comment ?? '',
            authorUserId: created?.userId ?? null,
            returnedAt: report.updatedAt.toISOString(),
          }),
        );
      },
    );
    // An accepted report's indicator values are published (the public progress page).
    if (reviewed.status === 'accepted') publishedChanged();
    return reviewed;
  }

  @Handles(R.overview)
  async overview(query: RouteInput<typeof R.overview>): Promise<ReportingOverview> {
    const year = query.year ?? Number(todayIsoDate().slice(0, 4));
    const em = this.orm.em.fork();
    // One row per report of the year (at most agencies × 12 areas): no paging needed.
    const reports = await em.find(YearlyReport, { year });
    const tally = tallyYearlyReports(year, reports.map(toDto));
    return {
      year,
      dueDate: annualReportDueDate(year),
      expected: tally.expected,
      submitted: tally.submitted,
      onTime: tally.onTime,
      onTimeRate: tally.expected ? tally.onTime / tally.expected : null,
      missing: tally.missing,
      late: tally.late,
    };
  }

  /**
   * One change of a report in its transaction. An agency's edits and submission refresh its figures
   * from the read model, so a submitted report carries the figures of the day it was submitted.
   */
  private change(
    id: string,
    version: number,
    ctx: RequestContext,
    permission: 'reporting.report.manage' | 'reporting.report.review',
    apply: (report: YearlyReport) => void,
    then?: (em: EntityManager, report: YearlyReport) => Promise<void>,
  ): Promise<YearlyReportDto> {
    return this.orm.em.fork().transactional(async (em) => {
      const report = await findPermitted(em, YearlyReport, id, ctx, permission, LABEL);
      if (report.version !== version)
        throw ServiceError.staleVersion('The report', report.version, { current: toDto(report) });
      const before = toDto(report);
      apply(report);
      if (permission === 'reporting.report.manage')
        report.figures = await figuresOf(em, report.agencyCode, report.year, report.planArea);
      await em.flush();
      const after = toDto(report);
      recordAudit(em, ctx, { entity: ENTITY, entityId: report.id, action: 'update', before, after });
      await then?.(em, report);
      return after;
    });
  }
}

function assertAction(report: YearlyReport, action: 'edit' | 'submit' | 'accept' | 'return') {
  const next = action === 'edit' ? report.status : yearlyReportNext(report.status, action);
  if (!next || !yearlyReportAllows(report.status, action))
    throw ServiceError.refuse(
      'reportActionRefused',
      { reportStatus: report.status, reportAction: action },
      `A ${report.status} report cannot be ${action}ed`,
      { at: { path: 'status', code: 'transition' } },
    );
  return next;
}

/**
 * The report's tasks' progress with `sent` merged in by task code: a task not sent keeps its entry, so
 * a form that shows some tasks never drops the others. Each code must be a task the plan assigns to the
 * report's agency (or that it holds on the year's due date), else the field is refused.
 */
function mergedTasks(report: YearlyReport, sent: TaskProgress[]): TaskProgress[] {
  const assigned = new Set(
    tasksOfAgency(report.agencyCode, annualReportDueDate(report.year)).map((t) => t.code),
  );
  sent.forEach((entry, index) => {
    if (!assigned.has(entry.code))
      throw ServiceError.refuse(
        'taskNotAssigned',
        { taskCode: entry.code, agencyCode: report.agencyCode },
        `Task ${entry.code} is not assigned to ${report.agencyCode}`,
        { at: { path: `tasks.${index}.code`, code: 'not_assigned' } },
      );
  });
  const byCode = new Map((report.tasks ?? []).map((t) => [t.code, t]));
  for (const entry of sent) byCode.set(entry.code, entry);
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** The agency's figures in an area and year, summed by the database from the read model. */
async function figuresOf(em: EntityManager, agencyCode: string, year: number, planArea: string) {
  const knex = knexOf(em);
  const where = { agency_code: agencyCode, year, plan_area: planArea };
  const first = async (table: string, select: string[]) =>
    (
      await run<Record<string, unknown>>(
        em,
        knex
          .from(tableName(em, table))
          .where(where)
          .select(select.map((sql) => knex.raw(sql))),
      )
    )[0] ?? {};
  const one = async (table: string, expr: string) => (await first(table, [`${expr} as v`])).v;
  /** An exact sum of whole đồng (`exactSumSql`), as a DongTotal string. */
  const money = async (table: string, expr: string) =>
    readExactSum(await first(table, exactSumSql(sqlDialect(em), expr, 'v')), 'v');
  // One after another: `em` may be a transaction's, whose one connection must not run two at once.
  const trained = await one('training_fact', 'coalesce(sum(trained), 0)');
  const events = await one('culture_fact', 'count(*)');
  const aidDisbursed = await money('aid_fact', `case when type = 'disbursement' then amount else 0 end`);
  const budgetApproved = await money('budget_fact', 'approved');
  return { trained: toNumber(trained), events: toNumber(events), aidDisbursed, budgetApproved };
}

export function toDto(r: Row<YearlyReport>): YearlyReportDto {
  return {
    id: r.id,
    version: r.version,
    agencyCode: r.agencyCode as YearlyReportDto['agencyCode'],
    year: r.year,
    planArea: r.planArea,
    status: r.status,
    narrative: r.narrative,
    indicators: r.indicators,
    tasks: r.tasks ?? [],
    difficulties: r.difficulties,
    proposals: r.proposals,
    // Reports started before money totals were strings keep numbers in their stored figures.
    figures: {
      ...r.figures,
      aidDisbursed: toDong(r.figures.aidDisbursed).toString(),
      budgetApproved: toDong(r.figures.budgetApproved).toString(),
    },
    dueDate: annualReportDueDate(r.year),
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
    late: r.late,
    reviewComment: r.reviewComment ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
