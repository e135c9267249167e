import { Controller, Inject } from '@nestjs/common';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  BUDGET_EVENTS,
  BUDGET_ROUTES,
  type BudgetEstimate as BudgetEstimateDto,
  type BudgetVersion,
  type RouteInput,
  ruleParams,
} from '@ascc/contracts';
import {
  AuditRecord,
  Handles,
  type RequestContext,
  ServiceError,
  findPermitted,
  recordAudit,
  recordEvent,
} from '@ascc/service-kit';
import { BudgetEstimate } from './budget-estimate.entity';
import { BudgetLine } from './budget-line.entity';
import { approvedAmountErrors, isLate } from './budget-rules';
import { BudgetEstimateVersion } from './budget-estimate-version.entity';
import { BudgetReview } from './budget-review.entity';
import { IdempotencyRecord } from './idempotency-record.entity';
import { deadlineOf } from './deadlines';
import { assertAction, assertVersion } from './estimate-guards';
import { ESTIMATE_ENTITY, auditView, estimateDto } from './estimate-mappers';
import { assertYearOpen } from './fiscal-year-locks';

/** An estimate's way to Finance and back: the agency submits, Finance reviews (returns, approves, rejects). */
@Controller()
export class EstimateWorkflowService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

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
            {
              path: 'lines',
              code: 'custom',
              message: 'Add at least one line',
              params: ruleParams('estimateWithoutLines'),
            },
          ]);
        const before = auditView(await estimateDto(tx, estimate, lines));
        const now = new Date();
        const deadline = await deadlineOf(tx, estimate.fiscalYear);
        estimate.status = status;
        estimate.versionNo += 1;
        estimate.submittedAt = now;
        estimate.late = isLate(now, deadline);
        for (const line of lines) line.reviewComment = null;
        const dto = await estimateDto(tx, estimate, lines);
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
        const answer = await estimateDto(tx, estimate, lines);
        if (key) tx.create(IdempotencyRecord, { key, estimateId: estimate.id, response: answer });
        recordAudit(tx, ctx, {
          entity: ESTIMATE_ENTITY,
          entityId: estimate.id,
          agencyCode: estimate.agencyCode,
          action: 'update',
          before,
          after: { ...auditView(answer), action: 'submit' },
        });
        recordEvent(tx, BUDGET_EVENTS.estimateSubmitted, {
          estimateId: estimate.id,
          agencyCode: estimate.agencyCode,
          fiscalYear: estimate.fiscalYear,
          versionNo: estimate.versionNo,
          submittedAt: now.toISOString(),
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
          {
            path: 'comment',
            code: 'custom',
            message: 'A returned estimate needs a comment',
            params: ruleParams('returnWithoutComment'),
          },
        ]);
      const before = auditView(await estimateDto(tx, estimate, lines));
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
      if (input.decision === 'return') {
        const created = await tx.findOne(
          AuditRecord,
          { entity: ESTIMATE_ENTITY, entityId: estimate.id, action: 'create' },
          { orderBy: { at: 'asc' } },
        );
        recordEvent(tx, BUDGET_EVENTS.estimateReturned, {
          estimateId: estimate.id,
          agencyCode: estimate.agencyCode,
          fiscalYear: estimate.fiscalYear,
          versionNo: estimate.versionNo,
          title: estimate.titleVi,
          comment: input.comment ?? null,
          authorUserId: created?.userId ?? null,
          returnedAt: now.toISOString(),
        });
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
      const after = await estimateDto(tx, estimate, lines);
      recordAudit(tx, ctx, {
        entity: ESTIMATE_ENTITY,
        entityId: estimate.id,
        agencyCode: estimate.agencyCode,
        action: 'update',
        before,
        after: { ...auditView(after), action: input.decision },
      });
      return after;
    });
    return dto;
  }
}
