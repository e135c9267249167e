import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  BUDGET_ROUTES,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetEstimateSummary,
  type BudgetVersions,
  type Page,
  type RouteInput,
} from '@ascc/contracts';
import {
  Handles,
  type RequestContext,
  agencyScope,
  findAudit,
  findPermitted,
  paginateRows,
  searchFilter,
} from '@ascc/service-kit';
import { BudgetEstimate } from './budget-estimate.entity';
import { BudgetLine } from './budget-line.entity';
import { defaultDeadline } from './budget-rules';
import { BudgetEstimateVersion } from './budget-estimate-version.entity';
import { BudgetReview } from './budget-review.entity';
import { deadlinesOf } from './deadlines';
import { ESTIMATE_ENTITY, estimateDto, summary } from './estimate-mappers';
import { lockedYears } from './fiscal-year-locks';

/** What is read of estimates: the list, one estimate, its submitted versions and reviews, its history. */
@Controller()
export class EstimateQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(BUDGET_ROUTES.estimateList)
  async list(
    { q, fiscalYear, status, agencyCode, late, ...page }: RouteInput<typeof BUDGET_ROUTES.estimateList>,
    ctx: RequestContext,
  ): Promise<Page<BudgetEstimateSummary>> {
    const where = {
      ...searchFilter(this.orm.em, BudgetEstimate, q),
      ...agencyScope('budget.estimate.read', ctx, agencyCode),
      ...(fiscalYear && { fiscalYear }),
      ...(status && { status }),
      ...(late !== undefined && { late: late === 'true' }),
    };
    const em = this.orm.em.fork();
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(em, BudgetEstimate, where, page);
    const years = [...new Set(result.items.map((e) => e.fiscalYear))];
    const [locked, deadlines] = await Promise.all([lockedYears(em, years), deadlinesOf(em, years)]);
    return {
      ...result,
      items: result.items.map((e) =>
        summary(e, locked.has(e.fiscalYear), deadlines.get(e.fiscalYear) ?? defaultDeadline(e.fiscalYear)),
      ),
    };
  }

  @Handles(BUDGET_ROUTES.estimateGet)
  async get(
    { id }: RouteInput<typeof BUDGET_ROUTES.estimateGet>,
    ctx: RequestContext,
  ): Promise<BudgetEstimateDto> {
    const em = this.orm.em.fork();
    const estimate = await findPermitted(
      em,
      BudgetEstimate,
      id,
      ctx,
      'budget.estimate.read',
      'Budget estimate',
    );
    const lines = await em.find(BudgetLine, { estimate: id }, { orderBy: { position: 'asc' } });
    return estimateDto(em, estimate, lines);
  }

  @Handles(BUDGET_ROUTES.estimateVersions)
  async versions(
    { id }: RouteInput<typeof BUDGET_ROUTES.estimateVersions>,
    ctx: RequestContext,
  ): Promise<BudgetVersions> {
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.read', 'Budget estimate');
    const [versions, reviews] = await Promise.all([
      em.find(BudgetEstimateVersion, { estimateId: id }, { orderBy: { versionNo: 'asc' } }),
      em.find(BudgetReview, { estimateId: id }, { orderBy: { at: 'asc' } }),
    ]);
    return {
      versions: versions.map((v) => v.snapshot),
      reviews: reviews.map((r) => ({
        versionNo: r.versionNo,
        decision: r.decision as BudgetVersions['reviews'][number]['decision'],
        comment: r.comment ?? null,
        lines: r.lines,
        at: r.at.toISOString(),
        by: r.by,
      })),
    };
  }

  @Handles(BUDGET_ROUTES.estimateHistory)
  async history(
    { id, ...page }: RouteInput<typeof BUDGET_ROUTES.estimateHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.read', 'Budget estimate');
    return findAudit(em, { entity: ESTIMATE_ENTITY, entityId: id, ...page });
  }
}
