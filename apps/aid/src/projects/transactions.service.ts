import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { todayIsoDate } from '@ascc/catalog';
import {
  type AidReversalResult,
  type AidTransaction as AidTransactionDto,
  CreateAidTransactionSchema,
  MAX_PAGE_SIZE,
  type Page,
  type ProjectTotals,
  dongEquivalent,
  AID_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  findPermitted,
  type Row,
  paginateRows,
  recordAudit,
  Handles,
} from '@ascc/service-kit';
import { recordTransactionEvent } from '../events/aid-events';
import { AidProject } from './aid-project.entity';
import { AidTransaction } from './aid-transaction.entity';
import { projectTotals } from './project-totals';

/** Transaction lines of a project's history: their `entityId` is the project's. */
export const TRANSACTION_ENTITY = 'AidTransaction';

type Fields = Omit<ReturnType<typeof CreateAidTransactionSchema.parse>, 'projectId'>;

@Controller()
export class TransactionsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /**
   * Records one transaction with its exact đồng equivalent, and answers with the project's totals after
   * it. A disbursement beyond the commitments is accepted; the totals say `overDisbursed`.
   */
  @Handles(AID_ROUTES.transactionCreate)
  async create(
    { projectId, ...fields }: RouteInput<typeof AID_ROUTES.transactionCreate>,
    ctx: RequestContext,
  ): Promise<{ transaction: AidTransactionDto; totals: ProjectTotals }> {
    return this.orm.em.fork().transactional(async (em) => {
      const project = await findPermitted(
        em,
        AidProject,
        projectId,
        ctx,
        'aid.project.manage',
        'Aid project',
      );
      const transaction = recordEntry(em, ctx, project, fields);
      await em.flush();
      const dto = toDto(transaction);
      recordAudit(em, ctx, {
        entity: TRANSACTION_ENTITY,
        entityId: project.id,
        agencyCode: project.agencyCode,
        action: 'create',
        after: dto,
      });
      return { transaction: dto, totals: await totalsOf(em, project.id) };
    });
  }

  /**
   * Corrects (with `correction`) or voids a transaction, which is never changed: a reversing entry with
   * the negated amount, dated today and naming the original and the reason, and for a correction a new
   * entry with the corrected values; each publishes `aid.transaction.recorded` (the reversal with a
   * negative amount), all in one transaction. A transaction is reversed at most once (409), and a
   * reversing entry is never reversed itself (correct the corrected entry instead).
   */
  @Handles(AID_ROUTES.transactionReverse)
  async reverse(
    input: RouteInput<typeof AID_ROUTES.transactionReverse>,
    ctx: RequestContext,
  ): Promise<AidReversalResult> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const project = await findPermitted(
          em,
          AidProject,
          input.projectId,
          ctx,
          'aid.transaction.reverse',
          'Aid project',
        );
        const original = await em.findOne(AidTransaction, {
          id: input.transactionId,
          projectId: project.id,
        });
        if (!original) throw ServiceError.notFound('Aid transaction', input.transactionId);
        if (original.reversesTransactionId)
          throw ServiceError.refuse(
            'reversalNotReversible',
            { date: original.date },
            'A reversing entry cannot be reversed itself',
          );
        if (await em.count(AidTransaction, { reversesTransactionId: original.id }))
          throw alreadyReversed(original);
        const reversal = em.create(AidTransaction, {
          projectId: project.id,
          type: original.type,
          date: todayIsoDate(),
          amount: negate(original.amount),
          currency: original.currency,
          exchangeRate: original.exchangeRate ?? null,
          dongAmount: -Number(original.dongAmount),
          description: null,
          reversesTransactionId: original.id,
          reason: input.reason,
          createdBy: ctx.caller.username,
        });
        recordTransactionEvent(em, project, reversal);
        const correction = input.correction ? recordEntry(em, ctx, project, input.correction) : undefined;
        await em.flush();
        const dto = toDto(reversal);
        recordAudit(em, ctx, {
          entity: TRANSACTION_ENTITY,
          entityId: project.id,
          agencyCode: project.agencyCode,
          action: 'create',
          after: { ...dto, ...(correction && { correctedBy: toDto(correction) }) },
        });
        return {
          reversal: dto,
          ...(correction && { correction: toDto(correction) }),
          totals: await totalsOf(em, project.id),
        };
      });
    } catch (error) {
      // Two reversals of one transaction at the same moment: the unique reference lets one through.
      if (error instanceof UniqueConstraintViolationException) {
        const original = await this.orm.em.fork().findOne(AidTransaction, { id: input.transactionId });
        if (original) throw alreadyReversed(original);
      }
      throw error;
    }
  }

  /** A project's transactions, oldest first (the console adds running totals down the page). */
  @Handles(AID_ROUTES.transactionList)
  async list(
    { projectId, page, pageSize }: RouteInput<typeof AID_ROUTES.transactionList>,
    ctx: RequestContext,
  ): Promise<Page<AidTransactionDto>> {
    const em = this.orm.em.fork();
    await findPermitted(em, AidProject, projectId, ctx, 'aid.project.read', 'Aid project');
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(
      em,
      AidTransaction,
      { projectId },
      {
        page,
        pageSize: Math.min(pageSize, MAX_PAGE_SIZE),
        sort: 'date',
        order: 'asc',
      },
    );
    const reversals = await em.find(
      AidTransaction,
      { reversesTransactionId: { $in: result.items.map((t) => t.id) } },
      { fields: ['id', 'reversesTransactionId'] },
    );
    const reversedBy = new Map(reversals.map((r) => [r.reversesTransactionId as string, r.id]));
    return { ...result, items: result.items.map((t) => toDto(t, reversedBy.get(t.id))) };
  }
}

/** Records one entry with its exact đồng equivalent (the schema bounded it) and its event. */
function recordEntry(em: EntityManager, ctx: RequestContext, project: AidProject, fields: Fields) {
  const transaction = em.create(AidTransaction, {
    projectId: project.id,
    type: fields.type,
    date: fields.date,
    amount: fields.amount,
    currency: fields.currency,
    exchangeRate: fields.currency === 'VND' ? null : (fields.exchangeRate ?? null),
    dongAmount: dongEquivalent(fields.amount, fields.currency, fields.exchangeRate),
    description: fields.description ?? null,
    createdBy: ctx.caller.username,
  });
  // The cross-department dashboard learns of it through the outbox, in this transaction.
  recordTransactionEvent(em, project, transaction);
  return transaction;
}

async function totalsOf(em: EntityManager, projectId: string): Promise<ProjectTotals> {
  return (await projectTotals(em, [projectId])).get(projectId) as ProjectTotals;
}

function alreadyReversed(original: AidTransaction) {
  return ServiceError.refuse(
    'transactionAlreadyReversed',
    { date: original.date },
    'This transaction has already been corrected or voided',
  );
}

/** The amount of a reversing entry: the original's decimal, negated as written. */
function negate(amount: string): string {
  return amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
}

export function toDto(t: Row<AidTransaction>, reversedById?: string): AidTransactionDto {
  return {
    id: t.id,
    projectId: t.projectId,
    type: t.type,
    date: t.date,
    amount: t.amount,
    currency: t.currency,
    ...(t.exchangeRate ? { exchangeRate: t.exchangeRate } : {}),
    dongAmount: Number(t.dongAmount),
    ...(t.description ? { description: t.description } : {}),
    ...(t.reversesTransactionId ? { reversesTransactionId: t.reversesTransactionId } : {}),
    ...(t.reason ? { reason: t.reason } : {}),
    ...(reversedById ? { reversedById } : {}),
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
  };
}
