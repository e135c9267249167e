import { z } from 'zod';
import { FileUploadSchema } from '../common/file.schema';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  PlanAreaCodeSchema,
  safeString,
  text,
} from '../common/primitives.schema';

/**
 * The plan's assigned tasks and each agency's action plan (issue 20 item 5). Section VII opens: "Trước
 * ngày 30/6/2017 các sở, ban, ngành, UBND huyện, thành phố xây dựng kế hoạch hành động" — every
 * department and district issues an action plan by 30 June 2017 — and assigns each agency its tasks;
 * section III.12 and V.2 give the districts theirs.
 */

/** Where the plan assigns the task: section VII (by agency) or section III.12 (the districts). */
export const PlanTaskSchema = z.object({
  /** The plan's numbering, with the bullets lettered in their order (VII.3.b: section VII, item 3, 2nd bullet). */
  code: z.string(),
  /** The agency the plan names (as it was in 2017). */
  agencyCode: AgencyCodeSchema,
  /** The agency that holds the task on `on` (the named one, or whoever carries on its work). */
  holderCode: AgencyCodeSchema.nullable(),
  planAreas: z.array(PlanAreaCodeSchema),
  textVi: z.string(),
  textEn: z.string(),
  /** The plan's own deadline, where it sets one (ISO date); else the task runs to the plan's end. */
  due: z.string().nullable(),
  /** The plan's words, with the section they come from. */
  planRef: z.string(),
});
export type PlanTask = z.infer<typeof PlanTaskSchema>;

export const ListPlanTasksSchema = z.object({
  agencyCode: AgencyCodeSchema.optional(),
  /** The date whose agencies hold the tasks (today if absent). */
  on: CalendarDateSchema.optional(),
});
export type ListPlanTasks = z.input<typeof ListPlanTasksSchema>;
export const PlanTaskListSchema = z.object({ on: z.string(), items: z.array(PlanTaskSchema) });

export const TASK_PROGRESS_STATUSES = ['done', 'in-progress', 'not-started'] as const;
export type TaskProgressStatus = (typeof TASK_PROGRESS_STATUSES)[number];

/** The progress of one assigned task, in the agency's yearly report. */
export const TaskProgressSchema = z.object({
  code: safeString().trim().min(1).max(40),
  status: z.enum(TASK_PROGRESS_STATUSES),
  note: safeString().trim().max(2000).default(''),
});
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

/** The file of a recorded action plan (its bytes are downloaded by their own route). */
export const ActionPlanFileSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});

export const ActionPlanSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  agencyCode: AgencyCodeSchema,
  number: z.string(),
  issuedOn: z.string(),
  signer: z.string(),
  file: ActionPlanFileSchema.nullable(),
  updatedAt: z.string(),
});
export type ActionPlan = z.infer<typeof ActionPlanSchema>;
export const ActionPlanListSchema = z.object({ items: z.array(ActionPlanSchema) });

export const ListActionPlansSchema = z.object({ agencyCode: AgencyCodeSchema.optional() });
export type ListActionPlans = z.input<typeof ListActionPlansSchema>;

const actionPlanFields = {
  /** The plan's number as issued, e.g. "25/KH-SNgV". */
  number: text(60),
  issuedOn: CalendarDateSchema,
  signer: text(200),
};

export const CreateActionPlanSchema = z.object({
  agencyCode: AgencyCodeSchema,
  ...actionPlanFields,
  /** The signed plan (PDF, Word document or a scan). */
  file: FileUploadSchema.optional(),
});
export type CreateActionPlan = z.input<typeof CreateActionPlanSchema>;

export const UpdateActionPlanSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  ...actionPlanFields,
  /** Absent: the file stays as it is. */
  file: FileUploadSchema.optional(),
});
export type UpdateActionPlan = z.input<typeof UpdateActionPlanSchema>;

export const DeleteActionPlanSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export const TaskOverviewQuerySchema = z.object({ on: CalendarDateSchema.optional() });
export type TaskOverviewQuery = z.input<typeof TaskOverviewQuerySchema>;

export const TASK_BEHIND_REASONS = ['overdue', 'not-started', 'not-reported'] as const;
export type TaskBehindReason = (typeof TASK_BEHIND_REASONS)[number];

/** The coordinator's view of the action plans and the tasks: who has no action plan, which tasks are behind. */
export const TaskOverviewSchema = z.object({
  on: z.string(),
  /** The deadline the plan set for the action plans (30 June 2017). */
  actionPlanDue: z.string(),
  /**
   * The agencies the plan assigns tasks to (as named in 2017) that have no action plan recorded, each
   * with the agency holding its tasks on `on` (whom to ask after a reorganisation).
   */
  withoutActionPlan: z.array(
    z.object({
      agencyCode: AgencyCodeSchema,
      holderCode: AgencyCodeSchema.nullable(),
      tasks: z.number().int(),
    }),
  ),
  behind: z.array(
    z.object({
      code: z.string(),
      agencyCode: AgencyCodeSchema,
      holderCode: AgencyCodeSchema.nullable(),
      reason: z.enum(TASK_BEHIND_REASONS),
      /** The latest progress reported (year and status), null when none. */
      latest: z
        .object({ year: z.number().int(), status: z.enum(TASK_PROGRESS_STATUSES), note: z.string() })
        .nullable(),
      due: z.string().nullable(),
    }),
  ),
  tasks: z.number().int(),
});
export type TaskOverview = z.infer<typeof TaskOverviewSchema>;
