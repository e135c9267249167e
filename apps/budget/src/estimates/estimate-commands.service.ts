import { Controller, Inject } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  BUDGET_ROUTES,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetLineInput,
  type RouteInput,
} from '@ascc/contracts';
import {
  Handles,
  type RequestContext,
  ServiceError,
  assertRecordAllowed,
  findPermitted,
  recordAudit,
  searchText,
} from '@ascc/service-kit';
import { ActivityLinks } from './activity-links';
import { BudgetEstimate } from './budget-estimate.entity';
import { BudgetLine } from './budget-line.entity';
import { lineAmount, totalOf } from './budget-rules';
import { assertAction, assertVersion, checkAmounts } from './estimate-guards';
import { ESTIMATE_ENTITY, auditView, estimateDto } from './estimate-mappers';
import { assertYearOpen } from './fiscal-year-locks';

/** An agency's estimate written: created, then edited while it is a draft or returned. */
@Controller()
export class EstimateCommandsService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(ActivityLinks) private readonly links: ActivityLinks,
  ) {}

  /** One estimate per agency and fiscal year: a second one is a 409 (the unique index enforces it too). */
  @Handles(BUDGET_ROUTES.estimateCreate)
  async create(
    input: RouteInput<typeof BUDGET_ROUTES.estimateCreate>,
    ctx: RequestContext,
  ): Promise<BudgetEstimateDto> {
    assertRecordAllowed('budget.estimate.create', ctx, input.agencyCode);
    checkAmounts(input.lines);
    const labels = await this.links.check(input.lines, input.agencyCode, ctx, () => false);
    return this.orm.em.fork().transactional(async (em) => {
      await assertYearOpen(em, input.fiscalYear);
      if (await em.count(BudgetEstimate, { agencyCode: input.agencyCode, fiscalYear: input.fiscalYear })) {
        throw ServiceError.refuse(
          'estimateExists',
          { agencyCode: input.agencyCode, year: input.fiscalYear },
          `${input.agencyCode} already has an estimate for ${input.fiscalYear}`,
          { at: { path: 'fiscalYear', code: 'duplicate' } },
        );
      }
      const estimate = em.create(BudgetEstimate, {
        agencyCode: input.agencyCode,
        fiscalYear: input.fiscalYear,
        titleVi: input.titleVi,
        notes: input.notes ?? null,
        late: false,
        searchText: searchText(input.titleVi, input.agencyCode, input.notes),
      });
      const lines = writeLines(em, estimate, input.lines, [], labels);
      await em.flush();
      const dto = await estimateDto(em, estimate, lines);
      recordAudit(em, ctx, {
        entity: ESTIMATE_ENTITY,
        entityId: estimate.id,
        agencyCode: estimate.agencyCode,
        action: 'create',
        after: auditView(dto),
      });
      return dto;
    });
  }

  @Handles(BUDGET_ROUTES.estimateUpdate)
  async update(
    input: RouteInput<typeof BUDGET_ROUTES.estimateUpdate>,
    ctx: RequestContext,
  ): Promise<BudgetEstimateDto> {
    checkAmounts(input.lines);
    const em = this.orm.em.fork();
    const current = await findPermitted(
      em,
      BudgetEstimate,
      input.id,
      ctx,
      'budget.estimate.update',
      'Budget estimate',
    );
    const stored = await em.find(BudgetLine, { estimate: current.id });
    const byId = new Map(stored.map((l) => [l.id, l]));
    const labels = await this.links.check(input.lines, current.agencyCode, ctx, (index) => {
      const line = input.lines[index];
      const before = line.id ? byId.get(line.id) : undefined;
      return Boolean(
        before && before.activityKind === line.activity?.kind && before.activityId === line.activity?.id,
      );
    });
    return em.transactional(async (tx) => {
      const estimate = await tx.findOneOrFail(BudgetEstimate, { id: input.id });
      assertVersion(estimate, input.version);
      assertAction(estimate, 'update');
      await assertYearOpen(tx, estimate.fiscalYear);
      const existing = await tx.find(BudgetLine, { estimate: estimate.id }, { orderBy: { position: 'asc' } });
      const before = auditView(await estimateDto(tx, estimate, existing));
      estimate.titleVi = input.titleVi;
      estimate.notes = input.notes ?? null;
      estimate.searchText = searchText(input.titleVi, estimate.agencyCode, input.notes);
      for (const [index, line] of input.lines.entries()) {
        const old = line.id ? byId.get(line.id) : undefined;
        if (old && !labels.has(index) && line.activity) labels.set(index, old.activityLabel ?? undefined);
      }
      const lines = writeLines(tx, estimate, input.lines, existing, labels);
      estimate.updatedAt = new Date();
      await tx.flush();
      const dto = await estimateDto(tx, estimate, lines);
      recordAudit(tx, ctx, {
        entity: ESTIMATE_ENTITY,
        entityId: estimate.id,
        agencyCode: estimate.agencyCode,
        action: 'update',
        before,
        after: auditView(dto),
      });
      return dto;
    });
  }
}

/** Replaces the estimate's lines: kept ids are updated in place, others created, missing ones removed. */
function writeLines(
  em: EntityManager,
  estimate: BudgetEstimate,
  inputs: readonly BudgetLineInput[],
  existing: BudgetLine[],
  labels: Map<number, string | undefined>,
): BudgetLine[] {
  const byId = new Map(existing.map((l) => [l.id, l]));
  const kept = new Set<string>();
  const lines = inputs.map((input, position) => {
    const values = {
      position,
      description: input.description,
      planArea: input.planArea,
      activityKind: input.activity?.kind ?? null,
      activityId: input.activity?.id ?? null,
      activityLabel: input.activity ? (labels.get(position) ?? null) : null,
      chapter: input.chapter ?? null,
      section: input.section ?? null,
      item: input.item ?? null,
      fundingSource: input.fundingSource,
      quantity: input.quantity,
      unitCost: input.unitCost,
      amount: lineAmount(input),
      notes: input.notes ?? null,
    };
    const old = input.id ? byId.get(input.id) : undefined;
    if (old) {
      kept.add(old.id);
      // A flag belongs to the activity it was raised for: relinking the line clears it.
      const relinked = old.activityKind !== values.activityKind || old.activityId !== values.activityId;
      return Object.assign(old, values, relinked ? { flag: null } : {});
    }
    return em.create(BudgetLine, { ...values, ...(input.id ? { id: input.id } : {}), estimate });
  });
  for (const line of existing) if (!kept.has(line.id)) em.remove(line);
  estimate.requestedAmount = totalOf(inputs);
  // Removed and relinked lines take their flags with them.
  estimate.flaggedLines = lines.filter((l) => l.flag).length;
  return lines;
}
