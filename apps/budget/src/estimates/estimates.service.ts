import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  type BudgetEstimate as BudgetEstimateDto,
  CreateBudgetEstimateSchema,
  GetByIdSchema,
  ListBudgetEstimatesSchema,
  type Page,
  RecordHistorySchema,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  agencyScope,
  assertAllowed,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordMeta,
  searchFilter,
  searchText,
  validate,
} from '@ascc/service-kit';
import { BudgetEstimate } from './budget-estimate.entity';

const ENTITY = 'BudgetEstimate';

@Injectable()
export class EstimatesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /** One estimate per agency and fiscal year: a second one is a 409 (the unique index enforces it too). */
  async create(payload: unknown, ctx: RequestContext): Promise<BudgetEstimateDto> {
    assertAllowed('budget.estimate.create', ctx);
    const input = validate(CreateBudgetEstimateSchema, payload);
    assertRecordAllowed('budget.estimate.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      if (await em.count(BudgetEstimate, { agencyCode: input.agencyCode, fiscalYear: input.fiscalYear })) {
        throw new ServiceError(
          'CONFLICT',
          `${input.agencyCode} already has an estimate for ${input.fiscalYear}`,
          [
            {
              path: 'fiscalYear',
              code: 'duplicate',
              message: 'This agency already has an estimate for this year',
            },
          ],
        );
      }
      const estimate = em.create(BudgetEstimate, {
        ...input,
        searchText: searchText(input.titleVi, input.agencyCode, input.notes),
      });
      await em.flush();
      const dto = toDto(estimate);
      recordAudit(em, ctx, { entity: ENTITY, entityId: estimate.id, action: 'create', after: dto });
      return dto;
    });
  }

  async list(payload: unknown, ctx: RequestContext): Promise<Page<BudgetEstimateDto>> {
    const { q, fiscalYear, status, agencyCode, fundingSource, ...page } = validate(
      ListBudgetEstimatesSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...agencyScope('budget.estimate.read', ctx, agencyCode),
      ...(fiscalYear && { fiscalYear }),
      ...(status && { status }),
      ...(fundingSource && { fundingSource }),
    };
    const result = await paginate(this.orm.em.fork(), BudgetEstimate, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown, ctx: RequestContext): Promise<BudgetEstimateDto> {
    const { id } = validate(GetByIdSchema, payload);
    return toDto(
      await findPermitted(
        this.orm.em.fork(),
        BudgetEstimate,
        id,
        ctx,
        'budget.estimate.read',
        'Budget estimate',
      ),
    );
  }

  async history(payload: unknown, ctx: RequestContext): Promise<Page<AuditEntry>> {
    const { id, ...page } = validate(RecordHistorySchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, BudgetEstimate, id, ctx, 'budget.estimate.read', 'Budget estimate');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }
}

function toDto(estimate: BudgetEstimate): BudgetEstimateDto {
  return {
    ...recordMeta(estimate),
    agencyCode: estimate.agencyCode,
    fiscalYear: estimate.fiscalYear,
    titleVi: estimate.titleVi,
    planArea: estimate.planArea,
    fundingSource: estimate.fundingSource,
    requestedAmount: estimate.requestedAmount,
    ...(estimate.notes ? { notes: estimate.notes } : {}),
    status: estimate.status,
  };
}
