import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AidTransaction as AidTransactionDto,
  CreateAidTransactionSchema,
  ListAidTransactionsSchema,
  MAX_PAGE_SIZE,
  type Page,
  type ProjectTotals,
  dongEquivalent,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  findPermitted,
  paginate,
  recordAudit,
  validate,
} from '@ascc/service-kit';
import { recordTransactionEvent } from '../events/aid-events';
import { AidProject, AidTransaction } from './aid-project.entity';
import { projectTotals } from './project-totals';

@Injectable()
export class TransactionsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /**
   * Records one transaction with its exact đồng equivalent, and answers with the project's totals after
   * it. A disbursement beyond the commitments is accepted; the totals say `overDisbursed`.
   */
  async create(
    payload: unknown,
    ctx: RequestContext,
  ): Promise<{ transaction: AidTransactionDto; totals: ProjectTotals }> {
    const input = validate(CreateAidTransactionSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      const project = await findPermitted(
        em,
        AidProject,
        input.projectId,
        ctx,
        'aid.project.manage',
        'Aid project',
      );
      const dongAmount = dongEquivalent(input.amount, input.currency, input.exchangeRate);
      if (!Number.isSafeInteger(dongAmount)) {
        throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'amount', code: 'too_big', message: 'The đồng equivalent is too large', params: {} },
        ]);
      }
      const transaction = em.create(AidTransaction, {
        projectId: project.id,
        type: input.type,
        date: input.date,
        amount: input.amount,
        currency: input.currency,
        exchangeRate: input.currency === 'VND' ? null : (input.exchangeRate ?? null),
        dongAmount,
        description: input.description ?? null,
        createdBy: ctx.caller.username,
      });
      await em.flush();
      // The cross-department dashboard learns of it through the outbox, in this transaction.
      recordTransactionEvent(em, project, transaction);
      const dto = toDto(transaction);
      recordAudit(em, ctx, {
        entity: 'AidTransaction',
        entityId: transaction.id,
        action: 'create',
        after: dto,
      });
      const totals = (await projectTotals(em, [project.id])).get(project.id) as ProjectTotals;
      return { transaction: dto, totals };
    });
  }

  /** A project's transactions, oldest first (the console adds running totals down the page). */
  async list(payload: unknown, ctx: RequestContext): Promise<Page<AidTransactionDto>> {
    const { projectId, page, pageSize } = validate(ListAidTransactionsSchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, AidProject, projectId, ctx, 'aid.project.read', 'Aid project');
    const result = await paginate(
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
    return { ...result, items: result.items.map(toDto) };
  }
}

export function toDto(t: AidTransaction): AidTransactionDto {
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
    createdAt: t.createdAt.toISOString(),
  };
}
