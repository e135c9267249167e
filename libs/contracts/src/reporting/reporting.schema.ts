import { ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { PHASE_CODES } from '@ascc/catalog';
import { listQuerySchema, pageSchema } from '../common/list.schema';
import { DongTotalSchema } from '../common/money';
import { IndicatorProgressSchema } from './indicator.schema';
import { TaskProgressSchema } from './action-plan.schema';
import type { PermissionKey } from '../identity/permissions';
import {
  AgencyCodeSchema,
  CountryCodeSchema,
  FundingSourceCodeSchema,
  PlanAreaCodeSchema,
  safeString,
} from '../common/primitives.schema';

/**
 * The dashboard's period: one year, or a phase of the plan (2017–2020, 2021–2025), or (neither) the
 * whole plan. A year wins over a phase.
 */
export const DashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  phase: z.enum(PHASE_CODES).optional(),
});
export type DashboardQuery = z.input<typeof DashboardQuerySchema>;

/**
 * Every money figure of the read model is a sum over records (exact, any size, negative only if
 * reversals outweigh their originals): a `DongTotal` string of whole đồng.
 */
const Money = DongTotalSchema;
const Count = z.number().int().min(0);

export const TrainingFiguresSchema = z.object({
  /** Completed courses. */
  courses: Count,
  /** People trained (enrolments in completed courses, lượt người) and of them completed. */
  trained: Count,
  completed: Count,
  female: Count,
  communeTrained: Count,
  /** Commune-level share of the people trained, 0–1. */
  communeShare: z.number(),
  byLevel: z.array(z.object({ level: z.string(), courses: Count, trained: Count, completed: Count })),
  byYear: z.array(z.object({ year: z.number().int(), trained: Count, completed: Count })),
});

export const CultureFiguresSchema = z.object({
  /** Events held or reported. */
  events: Count,
  audience: Count,
  /** ASEAN countries that took part in at least one of them. */
  aseanCountries: z.array(z.string()),
  byCountry: z.array(z.object({ countryCode: z.string(), asean: z.boolean(), events: Count })),
  byType: z.array(z.object({ type: z.string(), events: Count, audience: Count })),
});

export const AidFiguresSchema = z.object({
  committed: Money,
  disbursed: Money,
  byCountry: z.array(
    z.object({ countryCode: z.string().nullable(), asean: z.boolean(), committed: Money, disbursed: Money }),
  ),
  bySector: z.array(z.object({ sectorCode: z.string(), committed: Money, disbursed: Money })),
});

/** Delegations received and sent (`aid.delegation.recorded`), by the year of their start date. */
export const DelegationFiguresSchema = z.object({
  delegations: Count,
  inbound: Count,
  outbound: Count,
  /** People in them (the delegations' sizes summed). */
  members: Count,
  byCountry: z.array(z.object({ countryCode: z.string(), asean: z.boolean(), delegations: Count })),
});

export const BudgetFiguresSchema = z.object({
  /** Approved estimates. */
  estimates: Count,
  requested: Money,
  approved: Money,
  byAgency: z.array(z.object({ agencyCode: z.string(), requested: Money, approved: Money })),
  byFundingSource: z.array(z.object({ fundingSource: z.string(), requested: Money, approved: Money })),
});

export const DashboardSchema = z.object({
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  /** Events applied to the read model, and events published but not yet applied (0: caught up). */
  eventsApplied: Count,
  lag: Count,
  training: TrainingFiguresSchema,
  culture: CultureFiguresSchema,
  aid: AidFiguresSchema,
  /** Absent from review snapshots frozen before delegations were in the read model. */
  delegations: DelegationFiguresSchema.optional(),
  budget: BudgetFiguresSchema,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

// ——— The records behind the figures: every dashboard and plan-area figure opens the list of the read
// model's rows it sums, each linking to its record in the department's pages. ———

/** The kinds of record the read model lists, one per department fact table. */
export const PLAN_RECORD_KINDS = ['course', 'event', 'aid-project', 'delegation', 'budget-line'] as const;
export type PlanRecordKind = (typeof PLAN_RECORD_KINDS)[number];

export const PLAN_RECORD_SORTS = ['year', 'title', 'figure'] as const;

/** The filters that split a figure, beyond the period (year or phase) and the free text. */
export const PLAN_RECORD_FILTERS = [
  'planArea',
  'agencyCode',
  'level',
  'countryCode',
  'sectorCode',
  'type',
  'fundingSource',
] as const;
export type PlanRecordFilter = (typeof PLAN_RECORD_FILTERS)[number];

/**
 * Which filters each kind of record is split by on the dashboard and the plan areas. A filter outside
 * its kind's list is refused rather than ignored: ignoring it would list more records than the figure.
 */
export const PLAN_RECORD_KIND_FILTERS: Record<PlanRecordKind, readonly PlanRecordFilter[]> = {
  course: ['planArea', 'agencyCode', 'level'],
  event: ['planArea', 'agencyCode', 'countryCode', 'type'],
  'aid-project': ['planArea', 'agencyCode', 'countryCode', 'sectorCode'],
  delegation: ['planArea', 'agencyCode', 'countryCode', 'type'],
  'budget-line': ['planArea', 'agencyCode', 'fundingSource'],
};

/**
 * The department permission each kind's records are read under. The province-wide figures are for every
 * signed-in user, but the records behind them follow the departments' own agency rules: below the plan
 * coordinator, a caller lists only the records of their own agency (and a role that cannot read the
 * department's records lists none).
 */
export const PLAN_RECORD_KIND_PERMISSION = {
  course: 'training.course.read',
  event: 'culture.event.read',
  'aid-project': 'aid.project.read',
  delegation: 'aid.delegation.read',
  'budget-line': 'budget.estimate.read',
} as const satisfies Record<PlanRecordKind, PermissionKey>;

/**
 * The records of one kind behind a figure: the dashboard's period (year or phase) and the dimension the
 * figure is split by. A filter that does not apply to the kind is refused (400 naming it), never ignored.
 * `figure` sorts by the kind's main figure: trained, audience, disbursed, size, approved.
 */
export const PlanRecordsQuerySchema = listQuerySchema(PLAN_RECORD_SORTS, {
  kind: z.enum(PLAN_RECORD_KINDS),
  year: DashboardQuerySchema.shape.year,
  phase: DashboardQuerySchema.shape.phase,
  planArea: PlanAreaCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
  /** course: the target level. */
  level: safeString().trim().max(40).optional(),
  /** event: a participating country; aid-project: the donor country; delegation: a country visited or visiting. */
  countryCode: CountryCodeSchema.optional(),
  /** aid-project: a DAC sector of the project. */
  sectorCode: z
    .string()
    .regex(/^[0-9]{5}$/, { message: 'A 5-digit DAC sector code' })
    .optional(),
  /** event: the event type; delegation: inbound or outbound. */
  type: safeString().trim().max(40).optional(),
  /** budget-line: the funding source. */
  fundingSource: FundingSourceCodeSchema.optional(),
});
export type PlanRecordsQuery = z.input<typeof PlanRecordsQuerySchema>;

/** A record's figures; each kind fills its own (course: trained…, aid-project: committed…). */
export const PlanRecordFiguresSchema = z.object({
  trained: Count.optional(),
  completed: Count.optional(),
  communeTrained: Count.optional(),
  audience: Count.optional(),
  countries: z.array(z.string()).optional(),
  committed: Money.optional(),
  disbursed: Money.optional(),
  members: Count.optional(),
  requested: Money.optional(),
  approved: Money.optional(),
});
export type PlanRecordFigures = z.infer<typeof PlanRecordFiguresSchema>;

export const PlanRecordSchema = z.object({
  kind: z.enum(PLAN_RECORD_KINDS),
  /** The source record's id: the course, event, aid project, delegation or budget line. */
  id: z.uuid(),
  /** Where the record is opened: the budget line's estimate; for the other kinds, the record itself. */
  recordId: z.uuid(),
  code: z.string().nullable(),
  /** The title the source last announced (null for events written before titles travelled). */
  title: z.string().nullable(),
  agencyCode: z.string(),
  /** The year the figures belong to; null for an aid project, whose transactions span years. */
  year: z.number().int().nullable(),
  planArea: z.string().nullable(),
  figures: PlanRecordFiguresSchema,
});
export type PlanRecord = z.infer<typeof PlanRecordSchema>;

export const PlanRecordPageSchema = pageSchema(PlanRecordSchema).extend({
  /** The figures summed over every matching record (not only this page): equal to the figure opened. */
  totals: PlanRecordFiguresSchema,
});
export type PlanRecordPage = z.infer<typeof PlanRecordPageSchema>;

export const AreaQuerySchema = DashboardQuerySchema.extend({ code: PlanAreaCodeSchema });
export type AreaQuery = z.input<typeof AreaQuerySchema>;

/** One plan area's activities across the services, from the read model. */
export const AreaFiguresSchema = z.object({
  code: PlanAreaCodeSchema,
  training: z.object({ courses: Count, trained: Count, completed: Count }),
  culture: z.object({ events: Count, audience: Count }),
  aid: z.object({ projects: Count, committed: Money, disbursed: Money }),
  delegations: z.object({ delegations: Count, members: Count }),
  budget: z.object({ lines: Count, requested: Money, approved: Money }),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      trained: Count,
      events: Count,
      disbursed: Money,
      delegations: Count,
      approved: Money,
    }),
  ),
});
export type AreaFigures = z.infer<typeof AreaFiguresSchema>;

export const RebuildReadModelSchema = z.object({});
export const RebuildResultSchema = z.object({
  /** Events read from each publisher's stream, from its first message. */
  replayed: z.record(z.string(), Count),
  applied: Count,
  tookMs: Count,
});
export type RebuildResult = z.infer<typeof RebuildResultSchema>;

// ——— Yearly reports (plan VII.12: each agency reports by 15 December for each area it leads or
// coordinates; the coordinator accepts or returns them) ———

export const YEARLY_REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type YearlyReportStatus = (typeof YEARLY_REPORT_STATUSES)[number];

const ReportYearSchema = z.coerce.number().int().min(2017).max(2100);
const LongText = safeString().trim().max(20_000);

/**
 * One indicator of a yearly report: free text (`name`, reports written before the catalogue), or a
 * catalogue indicator (`code`) the agency reports with its value (`actual`), source and comment.
 */
export const IndicatorSchema = z.object({
  name: safeString().trim().min(1).max(300),
  target: z.number().min(0).max(1e15).nullable(),
  actual: z.number().min(0).max(1e15).nullable(),
  code: safeString().trim().max(40).optional(),
  source: safeString().trim().max(500).optional(),
  comment: safeString().trim().max(2000).optional(),
});
export type YearlyReportIndicator = z.infer<typeof IndicatorSchema>;

/** The agency's figures in the area and year, taken from the read model when the report is created. */
export const ReportFiguresSchema = z.object({
  trained: Count,
  events: Count,
  aidDisbursed: Money,
  budgetApproved: Money,
});

export const YearlyReportSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  agencyCode: AgencyCodeSchema,
  year: z.number().int(),
  planArea: PlanAreaCodeSchema,
  status: z.enum(YEARLY_REPORT_STATUSES),
  narrative: z.string(),
  indicators: z.array(IndicatorSchema),
  /**
   * The progress of the tasks the plan assigns to the agency (plan VII), one entry per task code
   * (absent from an answer of a service older than the tasks: none).
   */
  tasks: z.array(TaskProgressSchema).default([]),
  difficulties: z.string(),
  proposals: z.string(),
  figures: ReportFiguresSchema,
  dueDate: z.string(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  reviewComment: z.string().nullable(),
  updatedAt: z.string(),
});
export type YearlyReport = z.infer<typeof YearlyReportSchema>;
export const YearlyReportPageSchema = pageSchema(YearlyReportSchema);

export const CreateYearlyReportSchema = z.object({
  agencyCode: AgencyCodeSchema,
  year: ReportYearSchema,
  planArea: PlanAreaCodeSchema,
});
export type CreateYearlyReport = z.input<typeof CreateYearlyReportSchema>;

export const UpdateYearlyReportSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  narrative: LongText.default(''),
  /** Absent: the indicators stay as they are (a client that does not edit them never drops them). */
  indicators: z.array(IndicatorSchema).max(50).optional(),
  /**
   * Tasks' progress, merged by code: an entry replaces the report's entry of the same task, tasks not
   * sent keep theirs (absent: all stay as they are).
   */
  tasks: z
    .array(TaskProgressSchema)
    .max(60)
    .refine((t) => new Set(t.map((e) => e.code)).size === t.length, {
      message: 'A task appears twice',
      params: ruleParams('duplicate'),
    })
    .optional(),
  difficulties: LongText.default(''),
  proposals: LongText.default(''),
});
export type UpdateYearlyReport = z.input<typeof UpdateYearlyReportSchema>;

export const SubmitYearlyReportSchema = z.object({ id: z.uuid(), version: z.number().int().min(1) });

export const ReviewYearlyReportSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    decision: z.enum(['accept', 'return']),
    comment: safeString().trim().max(5000).optional(),
  })
  .refine((r) => r.decision !== 'return' || Boolean(r.comment), {
    path: ['comment'],
    message: 'Say what to correct when returning a report',
    params: ruleParams('required'),
  });
export type ReviewYearlyReport = z.input<typeof ReviewYearlyReportSchema>;

export const ListYearlyReportsSchema = listQuerySchema(['updatedAt', 'year'] as const, {
  year: ReportYearSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
  planArea: PlanAreaCodeSchema.optional(),
  status: z.enum(YEARLY_REPORT_STATUSES).optional(),
});
export type ListYearlyReports = z.input<typeof ListYearlyReportsSchema>;

export const ReportingOverviewQuerySchema = z.object({ year: ReportYearSchema.optional() });

/** The province report and the frozen reviews export as a workbook, a Word document or a PDF. */
export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf'] as const;

/** The province's yearly report as a workbook: the figures, every agency's report, who has not reported. */
export const ProvinceReportExportSchema = z.object({
  year: ReportYearSchema.optional(),
  format: z.enum(REPORT_FORMATS).default('xlsx'),
});

// ——— Frozen reviews (plan V / VII.12: the 2020 mid-term review covers 2017–2020, the 2025 final
// review the whole plan, 2017–2025). A snapshot is stored once and never changes. ———

export const REVIEW_KINDS = ['mid-term', 'final'] as const;
export type ReviewKindCode = (typeof REVIEW_KINDS)[number];

/** The content of a province report (live for a year, or frozen for a review's years). */
export const ProvinceReportContentSchema = z.object({
  title: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  generatedAt: z.string(),
  figures: DashboardSchema,
  expected: Count,
  submitted: Count,
  onTime: Count,
  reports: z.array(YearlyReportSchema),
  missing: z.array(z.object({ year: z.number().int(), agencyCode: z.string(), planArea: z.string() })),
  /** The indicators' definitions and progress as they were (absent from snapshots frozen before them). */
  indicators: z.array(IndicatorProgressSchema).optional(),
});
export type ProvinceReportContent = z.infer<typeof ProvinceReportContentSchema>;

export const FreezeReviewSchema = z.object({ kind: z.enum(REVIEW_KINDS) });
export type FreezeReview = z.input<typeof FreezeReviewSchema>;

export const ReviewSnapshotSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REVIEW_KINDS),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  frozenAt: z.string(),
  frozenBy: z.string().nullable(),
  reports: Count,
  expected: Count,
  submitted: Count,
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;
export const ReviewSnapshotListSchema = z.object({ items: z.array(ReviewSnapshotSchema) });
export const ListReviewsSchema = z.object({});

export const ExportReviewSchema = z.object({
  id: z.uuid(),
  format: z.enum(REPORT_FORMATS).default('xlsx'),
});
export type ExportReview = z.input<typeof ExportReviewSchema>;

/** Who has and has not reported for a year, against what the plan expects (agency × area it leads or coordinates). */
export const ReportingOverviewSchema = z.object({
  year: z.number().int(),
  dueDate: z.string(),
  expected: Count,
  submitted: Count,
  onTime: Count,
  /** Reports submitted by the due date over those expected, 0–1 (null when none is expected). */
  onTimeRate: z.number().nullable(),
  missing: z.array(z.object({ agencyCode: z.string(), planArea: z.string() })),
  late: z.array(z.object({ agencyCode: z.string(), planArea: z.string(), submittedAt: z.string() })),
});
export type ReportingOverview = z.infer<typeof ReportingOverviewSchema>;
