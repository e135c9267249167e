import { Controller, Inject, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  type AuditEntry,
  BUDGET_EVENTS,
  BUDGET_ROUTES,
  type BudgetDeadline as BudgetDeadlineDto,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetEstimateSummary,
  type BudgetLine as BudgetLineDto,
  type BudgetLineInput,
  type BudgetVersion,
  type BudgetVersions,
  type FundedActivityKind,
  CULTURE_EVENTS,
  type Page,
  type RouteInput,
  TRAINING_EVENTS,
} from '@ascc/contracts';
import {
  EventConsumers,
  Handles,
  type RequestContext,
  ServiceError,
  agencyScope,
  assertRecordAllowed,
  consumerName,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordEvent,
  recordMeta,
  searchFilter,
  searchText,
} from '@ascc/service-kit';
import { BudgetConsolidation } from '../consolidation/budget-consolidation.entity';
import { ActivityLinks } from './activity-links';
import { BudgetEstimate } from './budget-estimate.entity';
import { BudgetLine } from './budget-line.entity';
import {
  type BudgetAction,
  amountErrors,
  approvedAmountErrors,
  defaultDeadline,
  isLate,
  lineAmount,
  nextStatus,
  totalOf,
} from './budget-rules';
import {
  BudgetDeadline,
  BudgetEstimateVersion,
  BudgetReview,
  IdempotencyRecord,
} from './budget-version.entity';

const ENTITY = 'BudgetEstimate';

/** Answers its routes (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class EstimatesService implements OnModuleInit {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(ActivityLinks) private readonly links: ActivityLinks,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
  ) {}

  /** A cancelled course or event that an estimate line funds is flagged for Finance. */
  onModuleInit() {
    void this.consumers.consume(
      TRAINING_EVENTS.courseCancelled,
      consumerName('budget', TRAINING_EVENTS.courseCancelled),
      (em, data) => this.flagCancelled(em, 'training-course', data.courseId, data.reason),
    );
    void this.consumers.consume(
      CULTURE_EVENTS.eventCancelled,
      consumerName('budget', CULTURE_EVENTS.eventCancelled),
      (em, data) => this.flagCancelled(em, 'cultural-event', data.eventId, data.reason),
    );
  }

  async flagCancelled(
    em: EntityManager,
    kind: FundedActivityKind,
    activityId: string,
    reason: string,
  ): Promise<void> {
    const lines = await em.find(BudgetLine, { activityKind: kind, activityId }, { populate: ['estimate'] });
    for (const line of lines) {
      if (line.flag) continue;
      line.flag = `Activity cancelled: ${reason}`.slice(0, 300);
      const estimate = line.estimate.getEntity();
      estimate.flaggedLines += 1;
    }
  }

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
      const dto = await this.toDto(em, estimate, lines);
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: estimate.id,
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
      const before = auditView(await this.toDto(tx, estimate, existing));
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
      const dto = await this.toDto(tx, estimate, lines);
      recordAudit(tx, ctx, {
        entity: ENTITY,
        entityId: estimate.id,
        action: 'update',
        before,
        after: auditView(dto),
      });
      return dto;
    });
  }

  /**
   * Sends the estimate to Finance as a new immutable version. Under an Idempotency-Key, a repeat (a
   * double click, a retry after a lost answer) has no effect and gets the first answer.
   */
  @Handles(BUDGET_ROUTES.estimateSubmit)
  async submit(
    input: RouteInput<typeof BUDGET_ROUTES.estimateSubmit>,
    ctx: RequestContext,
  ): Promise<BudgetEstimateDto> {
    const key = input.idempotencyKey ? `${ctx.caller.userId}:${input.idempotencyKey}` : undefined;
    const em = this.orm.em.fork();
    const previous = key ? await em.findOne(IdempotencyRecord, { key }) : null;
    if (previous) return this.replay(previous, input.id);
    await findPermitted(em, BudgetEstimate, input.id, ctx, 'budget.estimate.submit', 'Budget estimate');
    try {
      return await em.transactional(async (tx) => {
        const estimate = await tx.findOneOrFail(BudgetEstimate, { id: input.id });
        assertVersion(estimate, input.version);
        const status = assertAction(estimate, 'submit');
        await assertYearOpen(tx, estimate.fiscalYear);
        const lines = await tx.find(BudgetLine, { estimate: estimate.id }, { orderBy: { position: 'asc' } });
        if (!lines.length)
          throw new ServiceError('VALIDATION_FAILED', 'An estimate needs at least one line', [
            { path: 'lines', code: 'too_small', message: 'Add at least one line' },
          ]);
        const before = auditView(await this.toDto(tx, estimate, lines));
        const now = new Date();
        const deadline = await deadlineOf(tx, estimate.fiscalYear);
        estimate.status = status;
        estimate.versionNo += 1;
        estimate.submittedAt = now;
        estimate.late = isLate(now, deadline);
        for (const line of lines) line.reviewComment = null;
        const dto = await this.toDto(tx, estimate, lines);
        const snapshot: BudgetVersion = {
          versionNo: estimate.versionNo,
          submittedAt: now.toISOString(),
          submittedBy: ctx.caller.username,
          late: estimate.late,
          titleVi: estimate.titleVi,
          ...(estimate.notes ? { notes: estimate.notes } : {}),
          requestedAmount: estimate.requestedAmount,
          lines: dto.lines.map(({ approvedAmount: _a, reviewComment: _r, flag: _f, ...line }) => line),
        };
        tx.create(BudgetEstimateVersion, {
          estimateId: estimate.id,
          versionNo: estimate.versionNo,
          submittedAt: now,
          submittedBy: ctx.caller.username,
          snapshot,
        });
        await tx.flush();
        const answer = await this.toDto(tx, estimate, lines);
        if (key) tx.create(IdempotencyRecord, { key, estimateId: estimate.id, response: answer });
        recordAudit(tx, ctx, {
          entity: ENTITY,
          entityId: estimate.id,
          action: 'update',
          before,
          after: { ...auditView(answer), action: 'submit' },
        });
        return answer;
      });
    } catch (error) {
      // The same key raced in from a second request: the first one's answer is the answer.
      if (key && error instanceof UniqueConstraintViolationException) {
        const first = await this.orm.em.fork().findOne(IdempotencyRecord, { key });
        if (first) return this.replay(first, input.id);
      }
      throw error;
    }
  }

  private replay(record: IdempotencyRecord, id: string): BudgetEstimateDto {
    if (record.estimateId !== id)
      throw ServiceError.refuse(
        'idempotencyKeyReused',
        {},
        'This Idempotency-Key was already used for another estimate',
      );
    return record.response as BudgetEstimateDto;
  }

  /** Finance's decisions. Approval writes the events in the same transaction (the outbox). */
  @Handles(BUDGET_ROUTES.estimateReview)
  async review(
    input: RouteInput<typeof BUDGET_ROUTES.estimateReview>,
    ctx: RequestContext,
  ): Promise<BudgetEstimateDto> {
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, input.id, ctx, 'budget.estimate.review', 'Budget estimate');
    const dto = await em.transactional(async (tx) => {
      const estimate = await tx.findOneOrFail(BudgetEstimate, { id: input.id });
      assertVersion(estimate, input.version);
      const status = assertAction(estimate, input.decision);
      await assertYearOpen(tx, estimate.fiscalYear);
      const lines = await tx.find(BudgetLine, { estimate: estimate.id }, { orderBy: { position: 'asc' } });
      const errors = approvedAmountErrors(lines, input.lines);
      if (errors.length) throw new ServiceError('VALIDATION_FAILED', 'The review has invalid fields', errors);
      if (input.decision === 'return' && !input.comment && !input.lines.some((l) => l.comment))
        throw new ServiceError('VALIDATION_FAILED', 'Say what to correct', [
          { path: 'comment', code: 'too_small', message: 'A returned estimate needs a comment' },
        ]);
      const before = auditView(await this.toDto(tx, estimate, lines));
      const now = new Date();
      const decisions = new Map(input.lines.map((l) => [l.lineId, l]));
      estimate.status = status;
      if (input.decision !== 'start-review') estimate.reviewComment = input.comment ?? null;
      for (const line of lines) {
        const decision = decisions.get(line.id);
        if (input.decision === 'return') line.reviewComment = decision?.comment ?? null;
        if (input.decision === 'approve') line.approvedAmount = decision?.approvedAmount ?? line.amount;
      }
      if (input.decision === 'approve') {
        estimate.approvedAmount = lines.reduce((sum, l) => sum + (l.approvedAmount ?? 0), 0);
        recordEvent(tx, BUDGET_EVENTS.estimateApproved, {
          estimateId: estimate.id,
          agencyCode: estimate.agencyCode,
          fiscalYear: estimate.fiscalYear,
          versionNo: estimate.versionNo,
          requestedAmount: estimate.requestedAmount,
          approvedAmount: estimate.approvedAmount,
          approvedAt: now.toISOString(),
          lines: lines.map((line) => ({
            lineId: line.id,
            description: line.description,
            activity:
              line.activityKind && line.activityId ? { kind: line.activityKind, id: line.activityId } : null,
            planArea: line.planArea,
            fundingSource: line.fundingSource,
            requestedAmount: line.amount,
            approvedAmount: line.approvedAmount ?? 0,
          })),
        });
        for (const line of lines) {
          if (!line.activityKind || !line.activityId) continue;
          recordEvent(tx, BUDGET_EVENTS.lineFunded, {
            estimateId: estimate.id,
            lineId: line.id,
            agencyCode: estimate.agencyCode,
            fiscalYear: estimate.fiscalYear,
            activity: { kind: line.activityKind, id: line.activityId },
            description: line.description,
            requestedAmount: line.amount,
            approvedAmount: line.approvedAmount ?? 0,
            approvedAt: now.toISOString(),
          });
        }
      }
      tx.create(BudgetReview, {
        estimateId: estimate.id,
        versionNo: estimate.versionNo,
        decision: input.decision,
        comment: input.comment ?? null,
        lines: input.lines,
        at: now,
        by: ctx.caller.username,
      });
      estimate.updatedAt = now;
      await tx.flush();
      const after = await this.toDto(tx, estimate, lines);
      recordAudit(tx, ctx, {
        entity: ENTITY,
        entityId: estimate.id,
        action: 'update',
        before,
        after: { ...auditView(after), action: input.decision },
      });
      return after;
    });
    return dto;
  }

  @Handles(BUDGET_ROUTES.estimateList)
  async list(
    { q, fiscalYear, status, agencyCode, late, ...page }: RouteInput<typeof BUDGET_ROUTES.estimateList>,
    ctx: RequestContext,
  ): Promise<Page<BudgetEstimateSummary>> {
    const where = {
      ...searchFilter(q),
      ...agencyScope('budget.estimate.read', ctx, agencyCode),
      ...(fiscalYear && { fiscalYear }),
      ...(status && { status }),
      ...(late !== undefined && { late: late === 'true' }),
    };
    const em = this.orm.em.fork();
    const result = await paginate(em, BudgetEstimate, where, page);
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
    return this.toDto(em, estimate, lines);
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
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(BUDGET_ROUTES.deadlineList)
  async deadlines(): Promise<{ items: BudgetDeadlineDto[] }> {
    const rows = await this.orm.em
      .fork()
      .find(BudgetDeadline, {}, { orderBy: { fiscalYear: 'desc' }, limit: 100 });
    return { items: rows.map((r) => ({ fiscalYear: r.fiscalYear, deadline: r.deadline })) };
  }

  @Handles(BUDGET_ROUTES.deadlineSet)
  async setDeadline(
    input: RouteInput<typeof BUDGET_ROUTES.deadlineSet>,
    ctx: RequestContext,
  ): Promise<BudgetDeadlineDto> {
    return this.orm.em.fork().transactional(async (em) => {
      await assertYearOpen(em, input.fiscalYear);
      const row = await em.findOne(BudgetDeadline, { fiscalYear: input.fiscalYear });
      const before = row ? { deadline: row.deadline } : undefined;
      if (row) row.deadline = input.deadline;
      else em.create(BudgetDeadline, input);
      recordAudit(em, ctx, {
        entity: 'BudgetDeadline',
        entityId: String(input.fiscalYear),
        action: 'update',
        before,
        after: { deadline: input.deadline },
      });
      return input;
    });
  }

  private async toDto(
    em: EntityManager,
    estimate: BudgetEstimate,
    lines: BudgetLine[],
  ): Promise<BudgetEstimateDto> {
    const [locked, deadline] = await Promise.all([
      lockedYears(em, [estimate.fiscalYear]),
      deadlineOf(em, estimate.fiscalYear),
    ]);
    return {
      ...summary(estimate, locked.has(estimate.fiscalYear), deadline),
      lines: [...lines].sort((a, b) => a.position - b.position).map(lineDto),
    };
  }
}

function summary(estimate: BudgetEstimate, locked: boolean, deadline: string): BudgetEstimateSummary {
  return {
    ...recordMeta(estimate),
    agencyCode: estimate.agencyCode,
    fiscalYear: estimate.fiscalYear,
    titleVi: estimate.titleVi,
    ...(estimate.notes ? { notes: estimate.notes } : {}),
    status: estimate.status,
    requestedAmount: estimate.requestedAmount,
    approvedAmount: estimate.approvedAmount ?? null,
    versionNo: estimate.versionNo,
    submittedAt: estimate.submittedAt?.toISOString() ?? null,
    deadline,
    late: estimate.late,
    reviewComment: estimate.reviewComment ?? null,
    flaggedLines: estimate.flaggedLines,
    locked,
  };
}

function lineDto(line: BudgetLine): BudgetLineDto {
  return {
    id: line.id,
    position: line.position,
    description: line.description,
    planArea: line.planArea,
    ...(line.activityKind && line.activityId
      ? { activity: { kind: line.activityKind, id: line.activityId } }
      : {}),
    ...(line.activityLabel ? { activityLabel: line.activityLabel } : {}),
    ...(line.chapter ? { chapter: line.chapter } : {}),
    ...(line.section ? { section: line.section } : {}),
    ...(line.item ? { item: line.item } : {}),
    fundingSource: line.fundingSource,
    quantity: line.quantity,
    unitCost: line.unitCost,
    amount: line.amount,
    ...(line.notes ? { notes: line.notes } : {}),
    approvedAmount: line.approvedAmount ?? null,
    reviewComment: line.reviewComment ?? null,
    flag: line.flag ?? null,
  };
}

/** The audit keeps totals and line count, not every line (the versions keep those). */
function auditView(dto: BudgetEstimateDto) {
  return {
    titleVi: dto.titleVi,
    status: dto.status,
    requestedAmount: dto.requestedAmount,
    approvedAmount: dto.approvedAmount,
    versionNo: dto.versionNo,
    lines: dto.lines.length,
  };
}

function checkAmounts(lines: readonly BudgetLineInput[]) {
  const errors = amountErrors(lines);
  if (errors.length) throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', errors);
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

function assertVersion(estimate: BudgetEstimate, version: number) {
  if (estimate.version !== version)
    throw ServiceError.staleVersion('The estimate', estimate.version, { status: estimate.status });
}

export function assertAction(estimate: BudgetEstimate, action: BudgetAction) {
  const next = nextStatus(estimate.status, action);
  if (next) return next;
  const which = {
    agencyCode: estimate.agencyCode,
    year: estimate.fiscalYear,
    estimateStatus: estimate.status,
  };
  if (action === 'update')
    throw ServiceError.refuse(
      'estimateNotEditable',
      which,
      `A ${estimate.status} estimate cannot be edited: only drafts and returned estimates can`,
      { at: { path: 'status', code: 'not_editable' } },
    );
  throw ServiceError.refuse(
    'estimateActionRefused',
    { ...which, estimateAction: action },
    `A ${estimate.status} estimate cannot be ${action === 'submit' ? 'submitted' : `given "${action}"`}`,
    { at: { path: 'status', code: 'transition' } },
  );
}

async function lockedYears(em: EntityManager, years: number[]): Promise<Set<number>> {
  if (!years.length) return new Set();
  const rows = await em.find(BudgetConsolidation, { fiscalYear: { $in: years } }, { fields: ['fiscalYear'] });
  return new Set(rows.map((r) => r.fiscalYear));
}

export async function assertYearOpen(em: EntityManager, fiscalYear: number) {
  if ((await lockedYears(em, [fiscalYear])).size)
    throw ServiceError.refuse(
      'fiscalYearLocked',
      { year: fiscalYear },
      `Fiscal year ${fiscalYear} is consolidated and locked`,
      { at: { path: 'fiscalYear', code: 'locked' } },
    );
}

async function deadlinesOf(em: EntityManager, years: number[]): Promise<Map<number, string>> {
  const rows = years.length ? await em.find(BudgetDeadline, { fiscalYear: { $in: years } }) : [];
  const set = new Map(rows.map((r) => [r.fiscalYear, r.deadline]));
  return new Map(years.map((y) => [y, set.get(y) ?? defaultDeadline(y)]));
}

async function deadlineOf(em: EntityManager, year: number): Promise<string> {
  return (await deadlinesOf(em, [year])).get(year) ?? defaultDeadline(year);
}
