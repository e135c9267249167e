import { z } from 'zod';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  DongSchema,
  PlanAreaCodeSchema,
  withEndNotBeforeStart,
  text,
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
export const COURSE_STATUSES = ['planned', 'open', 'in-progress', 'completed', 'cancelled'] as const;

const CourseFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'Use 2–32 capital letters, digits or dashes' }),
  titleVi: text(300),
  titleEn: text(300),
  topic: z.enum(TRAINING_TOPICS),
  targetLevel: z.enum(TARGET_LEVELS),
  planArea: PlanAreaCodeSchema.default('III.8'),
  agencyCode: AgencyCodeSchema,
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  capacity: z.number().int().min(1).max(2000),
  costEstimate: DongSchema,
});

export const CreateTrainingCourseSchema = withEndNotBeforeStart(CourseFields);
export type CreateTrainingCourse = z.input<typeof CreateTrainingCourseSchema>;

export const TrainingCourseSchema = CourseFields.extend({ status: z.enum(COURSE_STATUSES) }).extend(
  RecordMetaSchema.shape,
);
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>;

export const TRAINING_COURSE_SORTS = ['startDate', 'code', 'titleVi', 'capacity', 'createdAt'] as const;
export const ListTrainingCoursesSchema = listQuerySchema(TRAINING_COURSE_SORTS, {
  topic: z.enum(TRAINING_TOPICS).optional(),
  targetLevel: z.enum(TARGET_LEVELS).optional(),
  status: z.enum(COURSE_STATUSES).optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type ListTrainingCourses = z.input<typeof ListTrainingCoursesSchema>;

export const TrainingCoursePageSchema = pageSchema(TrainingCourseSchema);
