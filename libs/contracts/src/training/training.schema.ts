import { ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { OverrideFields, overrideNeedsReason } from '../common/workflow-guard';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  DistrictCodeSchema,
  DongSchema,
  PlanAreaCodeSchema,
  text,
  safeString,
} from '../common/primitives.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';

export const TRAINING_TOPICS = [
  'international-integration',
  'foreign-affairs',
  'foreign-language',
  'it',
  'asean-cooperation',
  'professional-skills',
  'state-management',
  'political-theory',
] as const;
export const TARGET_LEVELS = ['province', 'district', 'commune'] as const;
/** Cadre (cán bộ), civil servant (công chức), public employee (viên chức). */
export const TARGET_GROUPS = ['cadre', 'civil-servant', 'public-employee'] as const;
/** The foreign language a `foreign-language` course teaches. */
export const COURSE_LANGUAGES = [
  'en',
  'fr',
  'zh',
  'ja',
  'ko',
  'lo',
  'km',
  'th',
  'id',
  'ru',
  'other',
] as const;
export const COURSE_STATUSES = ['planned', 'open', 'in-progress', 'completed', 'cancelled'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** One session of a course's schedule, on a day inside the course's dates. */
export const CourseSessionSchema = z.object({
  date: CalendarDateSchema,
  topic: text(200),
});
export type CourseSession = z.infer<typeof CourseSessionSchema>;

const CourseFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'Use 2–32 capital letters, digits or dashes' }),
  titleVi: text(300),
  titleEn: text(300),
  topic: z.enum(TRAINING_TOPICS),
  /** Which language, for a foreign-language course (required there, absent otherwise). */
  language: z.enum(COURSE_LANGUAGES).nullish(),
  targetLevel: z.enum(TARGET_LEVELS),
  targetGroup: z.enum(TARGET_GROUPS).default('civil-servant'),
  planArea: PlanAreaCodeSchema.default('III.8'),
  agencyCode: AgencyCodeSchema,
  venue: safeString().trim().max(300).default(''),
  districtCode: DistrictCodeSchema.nullish(),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  sessions: z.array(CourseSessionSchema).max(200).default([]),
  capacity: z.number().int().min(1).max(2000),
  trainers: z.array(text(120)).max(30).default([]),
  costEstimate: DongSchema,
  /** Completion rule: the least share of sessions attended (present or late), in percent. */
  minAttendancePercent: z.number().int().min(0).max(100).default(80),
  /** Completion rule: the least final score, on a 10-point scale. */
  passScore: z.number().min(0).max(10).multipleOf(0.25).default(5),
});

/**
 * Rules across fields: the end not before the start, every session inside the course's dates (each
 * named by its path, e.g. `sessions.2.date`), and the language named for a foreign-language course.
 * They run only once the fields they read are valid, so a form shows every problem at once.
 */
function withCourseRules<T extends z.ZodObject>(schema: T) {
  return schema.superRefine(
    (raw, ctx) => {
      const value = raw as unknown as Partial<z.infer<typeof CourseFields>>;
      const { startDate, endDate } = value;
      if (typeof startDate !== 'string' || typeof endDate !== 'string') return;
      if (endDate < startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'End date is before start date',
          params: ruleParams('endBeforeStart'),
        });
        return;
      }
      (Array.isArray(value.sessions) ? value.sessions : []).forEach((session, i) => {
        if (typeof session?.date !== 'string') return;
        if (session.date < startDate || session.date > endDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', i, 'date'],
            message: 'The session is outside the course dates',
            params: ruleParams('sessionOutsideCourse'),
          });
        }
      });
      if (value.topic === 'foreign-language' && !value.language) {
        ctx.addIssue({
          code: 'custom',
          path: ['language'],
          message: 'Name the language of a foreign-language course',
          params: ruleParams('languageRequired'),
        });
      }
    },
    {
      // Runs beside other fields' problems, once the dates it compares are valid themselves.
      when: (payload) =>
        payload.issues.every((issue) => issue.path?.[0] !== 'startDate' && issue.path?.[0] !== 'endDate'),
    },
  );
}

export const CreateTrainingCourseSchema = withCourseRules(CourseFields);
export type CreateTrainingCourse = z.input<typeof CreateTrainingCourseSchema>;

/** An edit carries the version it was made from: a stale one is refused (409) with the newer version. */
export const UpdateTrainingCourseSchema = withCourseRules(
  CourseFields.extend({ id: z.uuid(), version: z.number().int().min(1) }),
);
export type UpdateTrainingCourse = z.input<typeof UpdateTrainingCourseSchema>;

// Fields added after the first release default when absent, so an answer of an older service still reads.
export const TrainingCourseSchema = CourseFields.extend({
  language: z.enum(COURSE_LANGUAGES).nullable().default(null),
  districtCode: DistrictCodeSchema.nullable().default(null),
  status: z.enum(COURSE_STATUSES),
  cancelReason: z.string().nullable().default(null),
  enrolledCount: z.number().int().default(0),
  waitlistCount: z.number().int().default(0),
}).extend(RecordMetaSchema.shape);
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>;

/** Moves a course along its workflow; a cancellation names its reason. */
export const ChangeCourseStatusSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    status: z.enum(COURSE_STATUSES),
    reason: safeString().trim().max(500).optional(),
    /** Starts a course before its start date (late data entry): an editor's, with a reason, kept in history. */
    ...OverrideFields,
  })
  .refine((v) => v.status !== 'cancelled' || Boolean(v.reason), {
    path: ['reason'],
    message: 'Give the reason for cancelling',
    params: ruleParams('required'),
  })
  .superRefine(overrideNeedsReason);
export type ChangeCourseStatus = z.input<typeof ChangeCourseStatusSchema>;

export const TRAINING_COURSE_SORTS = ['startDate', 'code', 'titleVi', 'capacity', 'createdAt'] as const;
export const ListTrainingCoursesSchema = listQuerySchema(TRAINING_COURSE_SORTS, {
  topic: z.enum(TRAINING_TOPICS).optional(),
  targetLevel: z.enum(TARGET_LEVELS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  status: z.enum(COURSE_STATUSES).optional(),
  agencyCode: AgencyCodeSchema.optional(),
  districtCode: DistrictCodeSchema.optional(),
});
export type ListTrainingCourses = z.input<typeof ListTrainingCoursesSchema>;

export const TrainingCoursePageSchema = pageSchema(TrainingCourseSchema);
