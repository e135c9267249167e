import { Controller, Inject } from '@nestjs/common';
import { type EntityManager, MikroORM, raw } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import {
  type AuditEntry,
  BUDGET_ROUTES,
  type Consolidation,
  type ConsolidationRow,
  type FileDownload,
  type Page,
  type RouteInput,
  exactSumSql,
  readExactSum,
  sumDong,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  Handles,
  findAudit,
  recordAudit,
  sqlDialect,
} from '@ascc/service-kit';
import { BudgetEstimate } from '../estimates/budget-estimate.entity';
import { BudgetLine } from '../estimates/budget-line.entity';
import { BudgetConsolidation } from './budget-consolidation.entity';
import { consolidationPdf, consolidationXlsx } from './consolidation-export';

const ENTITY = 'BudgetConsolidation';

/** What a consolidation's history shows of it: the lock (status, by whom), submission and decision. */
function auditView(row: BudgetConsolidation) {
  return {
    status: row.status,
    consolidatedBy: row.consolidatedBy,
    submissionNumber: row.submissionNumber ?? null,
    decisionNumber: row.decisionNumber ?? null,
    decisionDate: row.decisionDate ?? null,
  };
}

/**
 * The provincial estimate: Finance consolidates a year's approved estimates (totals by agency × plan
 * area × funding source, summed in SQL), which locks the year, then records its submission to the
 * People's Committee and the Committee's decision.
 */
@Controller()
export class ConsolidationService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(BUDGET_ROUTES.consolidationGet)
  async get({ fiscalYear }: RouteInput<typeof BUDGET_ROUTES.consolidationGet>): Promise<Consolidation> {
    return this.load(this.orm.em.fork(), fiscalYear);
  }

  @Handles(BUDGET_ROUTES.consolidationUpdate)
  async update(
    input: RouteInput<typeof BUDGET_ROUTES.consolidationUpdate>,
    ctx: RequestContext,
  ): Promise<Consolidation> {
    return this.orm.em.fork().transactional(async (em) => {
      const row = await em.findOne(BudgetConsolidation, { fiscalYear: input.fiscalYear });
      if ((row?.version ?? 0) !== input.version)
        throw ServiceError.staleVersion('The consolidation', row?.version ?? 0);
      const before = row ? auditView(row) : undefined;
      const now = new Date();
      if (input.action === 'consolidate') {
        if (row)
          throw ServiceError.refuse(
            'yearConsolidated',
            { year: input.fiscalYear },
            `${input.fiscalYear} is already consolidated`,
          );
        const pending = await em.count(BudgetEstimate, {
          fiscalYear: input.fiscalYear,
          status: { $in: ['submitted', 'under-review', 'resubmitted'] },
        });
        if (pending)
          throw ServiceError.refuse(
            'estimatesAwaitReview',
            { year: input.fiscalYear, count: pending },
            `${pending} estimate(s) of ${input.fiscalYear} still await review`,
          );
        em.create(BudgetConsolidation, {
          fiscalYear: input.fiscalYear,
          status: 'consolidated',
          consolidatedAt: now,
          consolidatedBy: ctx.caller.username,
        });
      } else if (input.action === 'submit') {
        if (row?.status !== 'consolidated')
          throw ServiceError.refuse(
            'consolidationNotLocked',
            { year: input.fiscalYear },
            'Only a consolidated estimate can be submitted',
          );
        row.status = 'submitted';
        row.submittedAt = now;
        row.submissionNumber = input.submissionNumber ?? null;
      } else {
        if (row?.status !== 'submitted')
          throw ServiceError.refuse(
            'consolidationNotSubmitted',
            { year: input.fiscalYear },
            "Record the submission before the People's Committee's decision",
          );
        row.status = 'decided';
        row.decisionNumber = input.decisionNumber ?? null;
        row.decisionDate = input.decisionDate ?? null;
      }
      await em.flush();
      const saved = await em.findOneOrFail(BudgetConsolidation, { fiscalYear: input.fiscalYear });
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: String(input.fiscalYear),
        action: input.action === 'consolidate' ? 'create' : 'update',
        before,
        after: auditView(saved),
      });
      return this.load(em, input.fiscalYear);
    });
  }

  /** The year's consolidation as its audit rows tell it: who locked it, submitted it, recorded the decision. */
  @Handles(BUDGET_ROUTES.consolidationHistory)
  async history({
    fiscalYear,
    ...page
  }: RouteInput<typeof BUDGET_ROUTES.consolidationHistory>): Promise<Page<AuditEntry>> {
    return findAudit(this.orm.em.fork(), { entity: ENTITY, entityId: String(fiscalYear), ...page });
  }

  @Handles(BUDGET_ROUTES.consolidationExport)
  async export({
    fiscalYear,
    format,
  }: RouteInput<typeof BUDGET_ROUTES.consolidationExport>): Promise<FileDownload> {
    const consolidation = await this.load(this.orm.em.fork(), fiscalYear);
    const name = `du-toan-tong-hop-${fiscalYear}`;
    return format === 'xlsx'
      ? {
          fileName: `${name}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: (await consolidationXlsx(consolidation)).toString('base64'),
        }
      : {
          fileName: `${name}.pdf`,
          contentType: 'application/pdf',
          base64: (await consolidationPdf(consolidation)).toString('base64'),
        };
  }

  private async load(em: EntityManager, fiscalYear: number): Promise<Consolidation> {
    const [row, rows, counts] = await Promise.all([
      em.findOne(BudgetConsolidation, { fiscalYear }),
      totals(em, fiscalYear),
      em.count(BudgetEstimate, { fiscalYear, status: 'approved' }),
    ]);
    const pending = await em.count(BudgetEstimate, {
      fiscalYear,
      status: { $in: ['submitted', 'under-review', 'resubmitted'] },
    });
    return {
      fiscalYear,
      status: row?.status ?? 'open',
      locked: Boolean(row),
      consolidatedAt: row?.consolidatedAt.toISOString() ?? null,
      submittedAt: row?.submittedAt?.toISOString() ?? null,
      submissionNumber: row?.submissionNumber ?? null,
      decisionNumber: row?.decisionNumber ?? null,
      decisionDate: row?.decisionDate ?? null,
      version: row?.version ?? 0,
      estimates: { approved: counts, pending },
      totals: {
        requested: sumDong(rows.map((r) => r.requested)),
        approved: sumDong(rows.map((r) => r.approved)),
      },
      rows,
    };
  }
}

/**
 * Requested against approved, by agency × plan area × funding source, summed exactly by the database
 * (`exactSumSql`: a group's sum can pass 2^53 and, on SQLite, 2^63).
 */
async function totals(em: EntityManager, fiscalYear: number): Promise<ConsolidationRow[]> {
  const dialect = sqlDialect(em);
  const sums = [
    ...exactSumSql(dialect, 'l.amount', 'requested'),
    ...exactSumSql(dialect, 'coalesce(l.approved_amount, 0)', 'approved'),
  ];
  const qb = (em as SqlEntityManager)
    .createQueryBuilder(BudgetLine, 'l')
    .join('l.estimate', 'e')
    .select([
      'e.agency_code as agency_code',
      'l.plan_area as plan_area',
      'l.funding_source as funding_source',
    ])
    .addSelect(sums.map((sql) => raw(sql)))
    .where({ estimate: { fiscalYear, status: 'approved' } })
    .groupBy(['e.agency_code', 'l.plan_area', 'l.funding_source'])
    .orderBy({ 'e.agency_code': 'asc', 'l.plan_area': 'asc', 'l.funding_source': 'asc' });
  const found = await qb.execute<Record<string, unknown>[]>('all', false);
  return found.map((r) => ({
    agencyCode: r.agency_code as ConsolidationRow['agencyCode'],
    planArea: r.plan_area as ConsolidationRow['planArea'],
    fundingSource: r.funding_source as ConsolidationRow['fundingSource'],
    requested: readExactSum(r, 'requested'),
    approved: readExactSum(r, 'approved'),
  }));
}
