import { z } from 'zod';
import { FileUploadSchema } from '../common/file.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';
import { AgencyCodeSchema, CalendarDateSchema, DistrictCodeSchema, text } from '../common/primitives.schema';
import { TARGET_GROUPS, TARGET_LEVELS } from './training.schema';

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

const TraineeFields = z.object({
  /** The staff code (mã cán bộ), unique across the registry. */
  staffCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, { message: 'Use 2–32 letters, digits, dots or dashes' }),
  fullName: text(120),
  dateOfBirth: CalendarDateSchema.nullish().transform((v) => v ?? null),
  gender: z.enum(GENDERS),
  /** The unit: a provincial agency, or a district (with its commune for commune-level staff). */
  agencyCode: AgencyCodeSchema.nullish().transform((v) => v ?? null),
  districtCode: DistrictCodeSchema.nullish().transform((v) => v ?? null),
  commune: optionalText(120),
  level: z.enum(TARGET_LEVELS),
  group: z.enum(TARGET_GROUPS),
  position: optionalText(120),
  email: z
    .union([z.email(), z.literal('')])
    .nullish()
    .transform((v) => v || null),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/, { message: 'Not a phone number' })
    .or(z.literal(''))
    .nullish()
    .transform((v) => v || null),
});

/** A trainee names a unit: an agency, or a district; commune-level staff also name their commune. */
function withUnitRule<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((raw, ctx) => {
    const value = raw as unknown as z.output<typeof TraineeFields>;
    if (!value.agencyCode && !value.districtCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['agencyCode'],
        message: 'Name the agency or the district of the unit',
        params: { rule: 'unitRequired' },
      });
    }
    if (value.level === 'commune' && !value.commune) {
      ctx.addIssue({
        code: 'custom',
        path: ['commune'],
        message: 'Name the commune of commune-level staff',
        params: { rule: 'communeRequired' },
      });
    }
  });
}

export const CreateTraineeSchema = withUnitRule(TraineeFields);
export type CreateTrainee = z.input<typeof CreateTraineeSchema>;

export const TraineeSchema = z
  .object({
    staffCode: z.string(),
    fullName: z.string(),
    dateOfBirth: z.string().nullable(),
    gender: z.enum(GENDERS),
    agencyCode: AgencyCodeSchema.nullable(),
    districtCode: DistrictCodeSchema.nullable(),
    commune: z.string().nullable(),
    level: z.enum(TARGET_LEVELS),
    group: z.enum(TARGET_GROUPS),
    position: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .extend(RecordMetaSchema.shape);
export type Trainee = z.infer<typeof TraineeSchema>;

export const TRAINEE_SORTS = ['fullName', 'staffCode', 'createdAt'] as const;
export const ListTraineesSchema = listQuerySchema(TRAINEE_SORTS, {
  level: z.enum(TARGET_LEVELS).optional(),
  group: z.enum(TARGET_GROUPS).optional(),
  gender: z.enum(GENDERS).optional(),
  districtCode: DistrictCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type ListTrainees = z.input<typeof ListTraineesSchema>;
export const TraineePageSchema = pageSchema(TraineeSchema);

/** The columns an import file has, in this order (a header row names them; Vietnamese headers work too). */
export const TRAINEE_IMPORT_COLUMNS = [
  'staffCode',
  'fullName',
  'dateOfBirth',
  'gender',
  'agencyCode',
  'districtCode',
  'commune',
  'level',
  'group',
  'position',
  'email',
  'phone',
] as const;

/** The largest import: more rows go in several files. */
export const MAX_IMPORT_ROWS = 5000;

/**
 * An import of a CSV or XLSX file. All or nothing: with `commit` false it only checks and reports;
 * with `commit` true it writes every row, or — if any row is rejected — none, and reports why.
 */
export const ImportTraineesSchema = z.object({
  file: FileUploadSchema,
  commit: z.boolean().default(false),
});
export type ImportTrainees = z.input<typeof ImportTraineesSchema>;

export const ImportRowReportSchema = z.object({
  /** The row's number in the file (the header is row 1). */
  row: z.number().int(),
  staffCode: z.string().nullable(),
  fullName: z.string().nullable(),
  accepted: z.boolean(),
  reasons: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRowReport = z.infer<typeof ImportRowReportSchema>;

export const ImportReportSchema = z.object({
  rows: z.array(ImportRowReportSchema),
  accepted: z.number().int(),
  rejected: z.number().int(),
  /** How many trainees were written: every accepted row on a clean commit, otherwise 0. */
  written: z.number().int(),
  committed: z.boolean(),
  /** A problem with the file itself (format, no header, too many rows), when there is one. */
  fileError: z.string().nullable(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
