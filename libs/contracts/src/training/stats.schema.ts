import { z } from 'zod';
import { AgencyCodeSchema } from '../common/primitives.schema';
import { TARGET_GROUPS, TARGET_LEVELS, TRAINING_TOPICS } from './training.schema';
import { GENDERS } from './trainee.schema';

/**
 * People trained: trainees enrolled (not waitlisted or withdrawn) in a completed course, counted per
 * enrolment (a person trained in two courses counts twice, as the plan's reports count "lượt người");
 * completed: those whose result is passed. The year is the course's end year; the agency the organiser.
 */
export const TrainingStatsFilterSchema = z.object({
  yearFrom: z.coerce.number().int().min(2000).max(2100).optional(),
  yearTo: z.coerce.number().int().min(2000).max(2100).optional(),
  topic: z.enum(TRAINING_TOPICS).optional(),
  level: z.enum(TARGET_LEVELS).optional(),
  group: z.enum(TARGET_GROUPS).optional(),
  gender: z.enum(GENDERS).optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type TrainingStatsFilter = z.input<typeof TrainingStatsFilterSchema>;

export const TrainingStatsRowSchema = z.object({
  year: z.number().int(),
  topic: z.enum(TRAINING_TOPICS),
  level: z.enum(TARGET_LEVELS),
  group: z.enum(TARGET_GROUPS),
  gender: z.enum(GENDERS),
  agencyCode: AgencyCodeSchema,
  trained: z.number().int(),
  completed: z.number().int(),
});
export type TrainingStatsRow = z.infer<typeof TrainingStatsRowSchema>;

export const TrainingStatsSchema = z.object({
  rows: z.array(TrainingStatsRowSchema),
  totals: z.object({
    trained: z.number().int(),
    completed: z.number().int(),
    communeTrained: z.number().int(),
    /** Commune-level share of people trained, 0–1 (0 when nobody was trained). */
    communeShare: z.number(),
    /** Completed over trained, 0–1. */
    completionRate: z.number(),
  }),
});
export type TrainingStats = z.infer<typeof TrainingStatsSchema>;

export const TrainingStatsExportSchema = TrainingStatsFilterSchema.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** The language of the workbook's headings and labels (CSV keeps the field names and codes). */
  lang: z.enum(['vi', 'en']).default('vi'),
});
export type TrainingStatsExport = z.input<typeof TrainingStatsExportSchema>;
