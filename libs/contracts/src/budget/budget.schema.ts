import { z } from 'zod';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  FundingSourceCodeSchema,
  IdSchema,
  PlanAreaCodeSchema,
  text,
  safeString,
} from '../common/primitives.schema';
import { RecordHistorySchema } from '../common/audit.schema';
import { ruleParams } from '../common/validation-rules';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';
import { DongTotalSchema, MAX_AMOUNT } from '../common/money';

/** The plan runs 2017–2025; estimates for the years just after are allowed for follow-up work. */
export const FISCAL_YEAR_MIN = 2017;
export const FISCAL_YEAR_MAX = 2030;

/**
 * The submission deadline of a fiscal year when Finance set none: 20 July of the year before (the usual
 * call). The budget service marks late submissions by it; the reporting service's reminders count to it.
 */
export function defaultEstimateDeadline(fiscalYear: number): string {
  return `${fiscalYear - 1}-07-20`;
}
/**
 * No line amount (quantity × unit cost) and no estimate total may pass 10^15 đồng: the one bound of an
 * amount (`MAX_AMOUNT`), so an estimate's total is still a JSON number; sums across estimates are not.
 */
export const MAX_BUDGET_AMOUNT = MAX_AMOUNT;
export const MAX_BUDGET_LINES = 200;

/**
 * draft → submitted → under-review → returned → resubmitted → under-review … → approved | rejected.
 * The transitions live in one pure module of the budget service (budget-workflow.ts).
 */
export const BUDGET_ESTIMATE_STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'returned',
  'resubmitted',
  'approved',
  'rejected',
] as const;
export type BudgetEstimateStatus = (typeof BUDGET_ESTIMATE_STATUSES)[number];

/** What a line can fund: a record of another service, checked over NATS when the line is saved. */
export const FUNDED_ACTIVITY_KINDS = [
  'training-course',
  'cultural-event',
  'aid-project',
  'delegation',
] as const;
export type FundedActivityKind = (typeof FUNDED_ACTIVITY_KINDS)[number];

export const ActivityLinkSchema = z.object({
  kind: z.enum(FUNDED_ACTIVITY_KINDS),
  id: IdSchema,
});
export type ActivityLink = z.infer<typeof ActivityLinkSchema>;

const FiscalYearSchema = z.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX);
const code = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^[0-9]{1,6}$/, { message: 'Digits only' })
    .max(max)
    .optional();

/** A line as the agency writes it; `amount` is computed (quantity × unit cost), never typed. */
export const BudgetLineInputSchema = z.object({
  /** Kept across edits and versions, so Finance sees a line's history; absent for a new line. */
  id: IdSchema.optional(),
  description: text(500),
  planArea: PlanAreaCodeSchema,
  activity: ActivityLinkSchema.optional(),
  /** Budget classification (mục lục ngân sách): chapter (chương), section (loại-khoản), item (mục). */
  chapter: code(3),
  section: code(3),
  item: code(4),
  fundingSource: FundingSourceCodeSchema,
  quantity: z.number().int().min(1).max(1_000_000),
  unitCost: z.number().int().min(0).max(MAX_BUDGET_AMOUNT),
  notes: safeString().trim().max(2000).optional(),
});
export type BudgetLineInput = z.input<typeof BudgetLineInputSchema>;

export const BudgetLineSchema = BudgetLineInputSchema.extend({
  id: IdSchema,
  position: z.number().int().min(0),
  amount: z.number().int().min(0),
  activityLabel: z.string().optional(),
  /** Set by Finance on approval (≤ amount). */
  approvedAmount: z.number().int().min(0).nullable(),
  /** Finance's comment when it returned the estimate. */
  reviewComment: z.string().nullable(),
  /** Set when the funded activity was cancelled after approval: Finance should look at it. */
  flag: z.string().nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

const LinesSchema = z.array(BudgetLineInputSchema).max(MAX_BUDGET_LINES);

export const CreateBudgetEstimateSchema = z.object({
  agencyCode: AgencyCodeSchema,
  fiscalYear: FiscalYearSchema,
  titleVi: text(300),
  notes: safeString().trim().max(4000).optional(),
  lines: LinesSchema.default([]),
});
export type CreateBudgetEstimate = z.input<typeof CreateBudgetEstimateSchema>;

/** Replaces the draft's title, notes and lines; `version` is the one the editor read (optimistic lock). */
export const UpdateBudgetEstimateSchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  titleVi: text(300),
  notes: safeString().trim().max(4000).optional(),
  lines: LinesSchema,
});
export type UpdateBudgetEstimate = z.input<typeof UpdateBudgetEstimateSchema>;

export const SubmitBudgetEstimateSchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  /** From the `Idempotency-Key` header (the gateway puts it here): a repeat has one effect, one answer. */
  idempotencyKey: safeString().trim().min(8).max(100).optional(),
});

export const LineReviewSchema = z.object({
  lineId: IdSchema,
  comment: safeString().trim().max(2000).optional(),
  approvedAmount: z.number().int().min(0).max(MAX_BUDGET_AMOUNT).optional(),
});

export const BUDGET_REVIEW_DECISIONS = ['start-review', 'return', 'approve', 'reject'] as const;
export type BudgetReviewDecision = (typeof BUDGET_REVIEW_DECISIONS)[number];

export const ReviewBudgetEstimateSchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  decision: z.enum(BUDGET_REVIEW_DECISIONS),
  comment: safeString().trim().max(4000).optional(),
  lines: z.array(LineReviewSchema).max(MAX_BUDGET_LINES).default([]),
});
export type ReviewBudgetEstimate = z.input<typeof ReviewBudgetEstimateSchema>;

export const BudgetEstimateSchema = z
  .object({
    agencyCode: AgencyCodeSchema,
    fiscalYear: FiscalYearSchema,
    titleVi: z.string(),
    notes: z.string().optional(),
    status: z.enum(BUDGET_ESTIMATE_STATUSES),
    /** Sum of the lines' amounts. */
    requestedAmount: z.number().int(),
    approvedAmount: z.number().int().nullable(),
    /** How many times it was submitted; each submission is an immutable version. */
    versionNo: z.number().int().min(0),
    submittedAt: z.string().nullable(),
    deadline: CalendarDateSchema,
    late: z.boolean(),
    reviewComment: z.string().nullable(),
    flaggedLines: z.number().int().min(0),
    locked: z.boolean(),
    lines: z.array(BudgetLineSchema),
  })
  .extend(RecordMetaSchema.shape);
export type BudgetEstimate = z.infer<typeof BudgetEstimateSchema>;

/** A row of a list: the estimate without its lines. */
export const BudgetEstimateSummarySchema = BudgetEstimateSchema.omit({ lines: true });
export type BudgetEstimateSummary = z.infer<typeof BudgetEstimateSummarySchema>;

export const BUDGET_ESTIMATE_SORTS = ['fiscalYear', 'requestedAmount', 'agencyCode', 'createdAt'] as const;
export const ListBudgetEstimatesSchema = listQuerySchema(BUDGET_ESTIMATE_SORTS, {
  fiscalYear: z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX).optional(),
  status: z.enum(BUDGET_ESTIMATE_STATUSES).optional(),
  agencyCode: AgencyCodeSchema.optional(),
  /** `true`: only late submissions (a query string, kept as text so the list URL round-trips). */
  late: z.enum(['true', 'false']).optional(),
});
export type ListBudgetEstimates = z.input<typeof ListBudgetEstimatesSchema>;

export const BudgetEstimatePageSchema = pageSchema(BudgetEstimateSummarySchema);

/** One submitted version, frozen. */
export const BudgetVersionSchema = z.object({
  versionNo: z.number().int().min(1),
  submittedAt: z.string(),
  submittedBy: z.string(),
  late: z.boolean(),
  titleVi: z.string(),
  notes: z.string().optional(),
  requestedAmount: z.number().int(),
  lines: z.array(BudgetLineSchema.omit({ approvedAmount: true, reviewComment: true, flag: true })),
});
export type BudgetVersion = z.infer<typeof BudgetVersionSchema>;

export const BudgetReviewSchema = z.object({
  versionNo: z.number().int(),
  decision: z.enum(BUDGET_REVIEW_DECISIONS),
  comment: z.string().nullable(),
  lines: z.array(LineReviewSchema),
  at: z.string(),
  by: z.string(),
});

export const BudgetVersionsSchema = z.object({
  versions: z.array(BudgetVersionSchema),
  reviews: z.array(BudgetReviewSchema),
});
export type BudgetVersions = z.infer<typeof BudgetVersionsSchema>;

/** The line-by-line difference of two versions (the pure function `diffBudgetVersions`). */
export const BUDGET_LINE_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;
export const BudgetLineDiffSchema = z.object({
  lineId: z.string(),
  change: z.enum(BUDGET_LINE_CHANGES),
  description: z.string(),
  before: z.object({ quantity: z.number(), unitCost: z.number(), amount: z.number() }).nullable(),
  after: z.object({ quantity: z.number(), unitCost: z.number(), amount: z.number() }).nullable(),
  /** Names of the fields that differ (for `changed`). */
  fields: z.array(z.string()),
});
export type BudgetLineDiff = z.infer<typeof BudgetLineDiffSchema>;

export const BudgetDeadlineSchema = z.object({ fiscalYear: FiscalYearSchema, deadline: CalendarDateSchema });
export type BudgetDeadline = z.infer<typeof BudgetDeadlineSchema>;
export const SetBudgetDeadlineSchema = z.object({
  fiscalYear: z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
  deadline: CalendarDateSchema,
});
export const ListBudgetDeadlinesSchema = z.object({});
export const BudgetDeadlinesSchema = z.object({ items: z.array(BudgetDeadlineSchema) });

/** The provincial estimate of a fiscal year: approved estimates consolidated by Finance. */
export const CONSOLIDATION_STATUSES = ['open', 'consolidated', 'submitted', 'decided'] as const;
export const ConsolidationRowSchema = z.object({
  agencyCode: AgencyCodeSchema,
  planArea: PlanAreaCodeSchema,
  fundingSource: FundingSourceCodeSchema,
  /** Sums over the year's approved estimates: whole đồng as digits, exact past 2^53. */
  requested: DongTotalSchema,
  approved: DongTotalSchema,
});
export type ConsolidationRow = z.infer<typeof ConsolidationRowSchema>;
export const ConsolidationSchema = z.object({
  fiscalYear: FiscalYearSchema,
  status: z.enum(CONSOLIDATION_STATUSES),
  locked: z.boolean(),
  consolidatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submissionNumber: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: CalendarDateSchema.nullable(),
  version: z.number().int(),
  estimates: z.object({ approved: z.number().int(), pending: z.number().int() }),
  totals: z.object({ requested: DongTotalSchema, approved: DongTotalSchema }),
  rows: z.array(ConsolidationRowSchema),
});
export type Consolidation = z.infer<typeof ConsolidationSchema>;

export const GetConsolidationSchema = z.object({
  fiscalYear: z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
});
export const CONSOLIDATION_ACTIONS = ['consolidate', 'submit', 'decide'] as const;
export const UpdateConsolidationSchema = z
  .object({
    fiscalYear: z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
    action: z.enum(CONSOLIDATION_ACTIONS),
    /** Expected version of the consolidation record (0 before the first consolidation). */
    version: z.number().int().min(0),
    submissionNumber: safeString().trim().min(1).max(60).optional(),
    decisionNumber: safeString().trim().min(1).max(60).optional(),
    decisionDate: CalendarDateSchema.optional(),
  })
  .refine((v) => v.action !== 'decide' || v.decisionNumber, {
    path: ['decisionNumber'],
    message: 'Required',
    params: ruleParams('required'),
  })
  .refine((v) => v.action !== 'decide' || v.decisionDate, {
    path: ['decisionDate'],
    message: 'Required',
    params: ruleParams('required'),
  });
export type UpdateConsolidation = z.input<typeof UpdateConsolidationSchema>;
export const ExportConsolidationSchema = GetConsolidationSchema.extend({
  format: z.enum(['xlsx', 'pdf']),
});
/** The history of a year's consolidation (its lock, submission and decision), newest first. */
export const ConsolidationHistorySchema = RecordHistorySchema.omit({ id: true }).extend(
  GetConsolidationSchema.shape,
);
