import { ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { FieldErrorSchema } from '../common/errors.schema';
import { FileUploadSchema } from '../common/file.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  DistrictCodeSchema,
  text,
  safeString,
} from '../common/primitives.schema';
import { TARGET_GROUPS, TARGET_LEVELS } from './training.schema';

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

const optionalText = (max: number) =>
  safeString()
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
        params: ruleParams('unitRequired'),
      });
    }
    if (value.level === 'commune' && !value.commune) {
      ctx.addIssue({
        code: 'custom',
        path: ['commune'],
        message: 'Name the commune of commune-level staff',
        params: ruleParams('communeRequired'),
      });
    }
  });
}

export const CreateTraineeSchema = withUnitRule(TraineeFields);
export type CreateTrainee = z.input<typeof CreateTraineeSchema>;

/** An edit of a trainee: the create's fields and rules, on the version the editor read (stale → 409). */
export const UpdateTraineeSchema = withUnitRule(
  TraineeFields.extend({ id: z.uuid(), version: z.number().int().min(1) }),
);
export type UpdateTrainee = z.input<typeof UpdateTraineeSchema>;

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

/** How each column is headed in a file and the template, in Vietnamese and English; `required` cells may not be blank. */
export const TRAINEE_IMPORT_HEADERS: Record<
  (typeof TRAINEE_IMPORT_COLUMNS)[number],
  { vi: string; en: string; required: boolean }
> = {
  staffCode: { vi: 'Mã cán bộ', en: 'Staff code', required: true },
  fullName: { vi: 'Họ và tên', en: 'Full name', required: true },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth', required: false },
  gender: { vi: 'Giới tính', en: 'Gender', required: true },
  agencyCode: { vi: 'Cơ quan', en: 'Agency', required: false },
  districtCode: { vi: 'Huyện', en: 'District', required: false },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune', required: false },
  level: { vi: 'Cấp', en: 'Level', required: true },
  group: { vi: 'Đối tượng', en: 'Group', required: true },
  position: { vi: 'Chức vụ', en: 'Position', required: false },
  email: { vi: 'Thư điện tử', en: 'Email', required: false },
  phone: { vi: 'Điện thoại', en: 'Phone', required: false },
};

/** The labels a file may write for the enumerated columns (besides their codes), in Vietnamese and English. */
export const TRAINEE_IMPORT_VALUE_LABELS = {
  gender: { female: { vi: 'Nữ', en: 'Female' }, male: { vi: 'Nam', en: 'Male' } },
  level: {
    province: { vi: 'Cấp tỉnh', en: 'Province' },
    district: { vi: 'Cấp huyện', en: 'District' },
    commune: { vi: 'Cấp xã', en: 'Commune' },
  },
  group: {
    cadre: { vi: 'Cán bộ', en: 'Cadre' },
    'civil-servant': { vi: 'Công chức', en: 'Civil servant' },
    'public-employee': { vi: 'Viên chức', en: 'Public employee' },
  },
} as const satisfies Record<string, Record<string, { vi: string; en: string }>>;

/** The largest import: more rows go in several files. */
export const MAX_IMPORT_ROWS = 5000;

/** The template of an import file: the headers in the language asked for, and one example row. */
export const TraineeImportTemplateSchema = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

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
  /**
   * Why the row is refused, one per cell: `field` is the column, `code` and `params` word the problem
   * as a field error does (the console says it in the reader's language); `message` is English.
   */
  reasons: z.array(
    z.object({
      field: z.string(),
      code: z.string().default('custom'),
      message: z.string(),
      params: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});
export type ImportRowReport = z.infer<typeof ImportRowReportSchema>;

export const ImportReportSchema = z.object({
  rows: z.array(ImportRowReportSchema),
  accepted: z.number().int(),
  rejected: z.number().int(),
  /** How many trainees were written: every accepted row on a clean commit, otherwise 0. */
  written: z.number().int(),
  committed: z.boolean(),
  /** A problem with the file itself (format, no header, too many rows), when there is one (English). */
  fileError: z.string().nullable(),
  /** The same problem as a field error (`params.rule`), for the console to word in the reader's language. */
  fileIssue: FieldErrorSchema.nullable().default(null),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
