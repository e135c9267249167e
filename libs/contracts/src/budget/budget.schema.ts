import { z } from 'zod';
import {
  AgencyCodeSchema,
  DongSchema,
  FundingSourceCodeSchema,
  PlanAreaCodeSchema,
  text,
} from '../common/primitives.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';

/** The plan runs 2017–2025; estimates for the years just after are allowed for follow-up work. */
export const FISCAL_YEAR_MIN = 2017;
export const FISCAL_YEAR_MAX = 2030;
export const BUDGET_ESTIMATE_STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'returned',
  'approved',
  'rejected',
] as const;

const EstimateFields = z.object({
  agencyCode: AgencyCodeSchema,
  fiscalYear: z.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
  titleVi: text(300),
  planArea: PlanAreaCodeSchema,
  fundingSource: FundingSourceCodeSchema,
  requestedAmount: DongSchema,
  notes: z.string().trim().max(4000).optional(),
});

export const CreateBudgetEstimateSchema = EstimateFields;
export type CreateBudgetEstimate = z.input<typeof CreateBudgetEstimateSchema>;

export const BudgetEstimateSchema = EstimateFields.extend({
  status: z.enum(BUDGET_ESTIMATE_STATUSES),
}).extend(RecordMetaSchema.shape);
export type BudgetEstimate = z.infer<typeof BudgetEstimateSchema>;

export const BUDGET_ESTIMATE_SORTS = ['fiscalYear', 'requestedAmount', 'agencyCode', 'createdAt'] as const;
export const ListBudgetEstimatesSchema = listQuerySchema(BUDGET_ESTIMATE_SORTS, {
  fiscalYear: z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX).optional(),
  status: z.enum(BUDGET_ESTIMATE_STATUSES).optional(),
  agencyCode: AgencyCodeSchema.optional(),
  fundingSource: FundingSourceCodeSchema.optional(),
});
export type ListBudgetEstimates = z.input<typeof ListBudgetEstimatesSchema>;

export const BudgetEstimatePageSchema = pageSchema(BudgetEstimateSchema);
