import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type BudgetEstimate as BudgetEstimateDto,
  CreateBudgetEstimateSchema,
  GetByIdSchema,
  ListBudgetEstimatesSchema,
  type Page,
} from '@ascc/contracts';
import { ServiceError, paginate, recordMeta, searchFilter, searchText, validate } from '@ascc/service-kit';
import { BudgetEstimate } from './budget-estimate.entity';

@Injectable()
export class EstimatesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /** One estimate per agency and fiscal year: a second one is a 409 (the unique index enforces it too). */
  async create(payload: unknown): Promise<BudgetEstimateDto> {
    const input = validate(CreateBudgetEstimateSchema, payload);
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
      return toDto(estimate);
    });
  }

  async list(payload: unknown): Promise<Page<BudgetEstimateDto>> {
    const { q, fiscalYear, status, agencyCode, fundingSource, ...page } = validate(
      ListBudgetEstimatesSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...(fiscalYear && { fiscalYear }),
      ...(status && { status }),
      ...(agencyCode && { agencyCode }),
      ...(fundingSource && { fundingSource }),
    };
    const result = await paginate(this.orm.em.fork(), BudgetEstimate, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown): Promise<BudgetEstimateDto> {
    const { id } = validate(GetByIdSchema, payload);
    const estimate = await this.orm.em.fork().findOne(BudgetEstimate, { id });
    if (!estimate) throw ServiceError.notFound('Budget estimate', id);
    return toDto(estimate);
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
