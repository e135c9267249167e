import { z } from 'zod';
import { event } from '../common/event';
import { recordChangedEvent } from '../common/live';
import { AgencyCodeSchema, CalendarDateSchema, PlanAreaCodeSchema } from '../common/primitives.schema';
import { COURSE_STATUSES, TARGET_GROUPS, TARGET_LEVELS, TRAINING_TOPICS } from './training.schema';

const ByGender = z.object({
  female: z.number().int().min(0),
  male: z.number().int().min(0),
  total: z.number().int().min(0),
});

/**
 * Events of the training service (stream TRAINING). A cancelled course that an approved budget line
 * funds must be flagged for Finance: the budget service consumes `courseCancelled`.
 */
export const TRAINING_EVENTS = {
  courseCancelled: event({
    subject: 'training.course.cancelled',
    stream: 'TRAINING',
    summary: 'A course was cancelled (budget lines funding it are flagged for Finance)',
    schema: z.object({
      courseId: z.string().uuid(),
      code: z.string(),
      agencyCode: AgencyCodeSchema,
      reason: z.string(),
      cancelledAt: z.string().datetime(),
    }),
  }),
  /** For the cross-department dashboard: how many were trained and completed, by gender. */
  courseCompleted: event({
    subject: 'training.course.completed',
    stream: 'TRAINING',
    summary: 'A course was completed: its figures (trained and completed, by gender) for the dashboard',
    schema: z.object({
      courseId: z.string().uuid(),
      code: z.string(),
      /** The course's Vietnamese title (the plan's record lists); optional in events written before it. */
      titleVi: z.string().optional(),
      agencyCode: AgencyCodeSchema,
      topic: z.enum(TRAINING_TOPICS),
      targetLevel: z.enum(TARGET_LEVELS),
      targetGroup: z.enum(TARGET_GROUPS),
      year: z.number().int(),
      trained: ByGender,
      completed: ByGender,
      /** Of those trained, how many are commune-level staff. */
      communeTrained: z.number().int().min(0),
      certificatesIssued: z.number().int().min(0),
      /** The course's plan area (III.8 unless said otherwise); optional in events written before it. */
      planArea: PlanAreaCodeSchema.optional(),
      completedAt: z.string().datetime(),
    }),
  }),
  /**
   * A course was created or edited, changed status, or its roster's count changed (each bumps its
   * version): its start date and places, its latest state whole (an older version changes nothing).
   */
  courseRecorded: event({
    subject: 'training.course.recorded',
    stream: 'TRAINING',
    summary: 'A course was recorded or changed: its status, start date, capacity and places taken',
    schema: z.object({
      courseId: z.string().uuid(),
      version: z.number().int(),
      code: z.string(),
      titleVi: z.string(),
      agencyCode: AgencyCodeSchema,
      status: z.enum(COURSE_STATUSES),
      startDate: CalendarDateSchema,
      capacity: z.number().int().min(0),
      enrolled: z.number().int().min(0),
    }),
  }),
  /** Any audited change of a record (live updates of the consoles; see common/live.ts). */
  recordChanged: recordChangedEvent('training'),
};
