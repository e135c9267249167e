import { z } from 'zod';
import { OverrideFields, overrideNeedsReason } from '../common/workflow-guard';
import { TARGET_GROUPS, TARGET_LEVELS } from './training.schema';
import { GENDERS } from './trainee.schema';

export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ATTENDANCE_MARKS = ['present', 'absent', 'late', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const ENROLMENT_RESULTS = ['passed', 'failed'] as const;

export const EnrolmentSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  traineeId: z.uuid(),
  staffCode: z.string(),
  fullName: z.string(),
  gender: z.enum(GENDERS),
  level: z.enum(TARGET_LEVELS),
  group: z.enum(TARGET_GROUPS),
  status: z.enum(ENROLMENT_STATUSES),
  /** Order of arrival: the waitlist promotes the lowest first. */
  seq: z.number().int(),
  /** One mark per session of the course (null: not recorded). */
  attendance: z.array(z.enum(ATTENDANCE_MARKS).nullable()),
  score: z.number().nullable(),
  result: z.enum(ENROLMENT_RESULTS).nullable(),
  certificateNo: z.string().nullable(),
  version: z.number().int(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const CourseIdSchema = z.object({ id: z.uuid() });
export const EnrolmentListSchema = z.object({ items: z.array(EnrolmentSchema) });

/** Registers one or many trainees; beyond the capacity they join the waitlist, in the order given. */
export const EnrolTraineesSchema = z
  .object({
    id: z.uuid(),
    traineeIds: z.array(z.uuid()).min(1).max(500),
    /** Enrols in a course already in progress (late data entry): an editor's, with a reason. */
    ...OverrideFields,
  })
  .superRefine(overrideNeedsReason);
export type EnrolTrainees = z.input<typeof EnrolTraineesSchema>;
export const EnrolResultSchema = z.object({
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  items: z.array(EnrolmentSchema),
});

export const WithdrawEnrolmentSchema = z.object({ id: z.uuid(), enrolmentId: z.uuid() });
export const WithdrawResultSchema = z.object({
  withdrawn: EnrolmentSchema,
  /** The waitlisted trainee who took the freed place, if any. */
  promoted: EnrolmentSchema.nullable(),
});

export const RecordAttendanceSchema = z
  .object({
    id: z.uuid(),
    marks: z
      .array(
        z.object({
          enrolmentId: z.uuid(),
          session: z.number().int().min(0).max(199),
          mark: z.enum(ATTENDANCE_MARKS).nullable(),
        }),
      )
      .min(1)
      .max(20_000),
    /** Records attendance of a session before its date (late data entry): an editor's, with a reason. */
    ...OverrideFields,
  })
  .superRefine(overrideNeedsReason);
export type RecordAttendance = z.input<typeof RecordAttendanceSchema>;

/** A final score on the 10-point scale, decimals allowed (8.5); never clamped: 11 is refused. */
export const ScoreSchema = z.number().min(0).max(10);

export const RecordScoresSchema = z.object({
  id: z.uuid(),
  scores: z
    .array(z.object({ enrolmentId: z.uuid(), score: ScoreSchema.nullable() }))
    .min(1)
    .max(2000),
});
export type RecordScores = z.input<typeof RecordScoresSchema>;

export const CertificateRequestSchema = z.object({ id: z.uuid(), enrolmentId: z.uuid() });
