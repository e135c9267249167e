import { type ValidationRule, ruleIssue, ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { SECTOR_CODES } from '@ascc/catalog';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  CountryCodeSchema,
  DistrictCodeSchema,
  PlanAreaCodeSchema,
  text,
  safeString,
} from '../common/primitives.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';
import { DongTotalSchema, MAX_AMOUNT } from '../common/money';
import {
  CURRENCY_CODES,
  type CurrencyCode,
  DECIMAL_PATTERN,
  HOME_CURRENCY,
  MINOR_UNITS,
  dongEquivalentExact,
  fractionDigits,
} from './aid-money';
import { PROJECT_STATUSES, needsApprovalDecision, percentagesAddUp } from './aid.rules';

const optionalText = (max: number) => safeString().trim().max(max).optional();
const issue = (
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  message: string,
  rule: ValidationRule,
) => ruleIssue(ctx, rule, path, message);

// ——— NGOs ———

export const NGO_KINDS = [
  'international-ngo',
  'foundation',
  'friendship-organisation',
  'individual-donor',
  'other',
] as const;

export const NgoContactSchema = z.object({
  name: text(120),
  position: optionalText(120),
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ().-]{6,30}$/)
    .optional(),
});
export type NgoContact = z.infer<typeof NgoContactSchema>;

/** The NGO's registration certificate in Viet Nam (giấy đăng ký hoạt động). */
export const NgoRegistrationSchema = z
  .object({
    certificateNo: text(60),
    issuedBy: text(200),
    validFrom: CalendarDateSchema,
    validTo: CalendarDateSchema,
  })
  .refine((r) => r.validTo >= r.validFrom, {
    path: ['validTo'],
    message: 'End date is before start date',
    params: ruleParams('endBeforeStart'),
  });

const NgoFields = z.object({
  nameOriginal: text(300),
  nameVi: text(300),
  acronym: safeString().trim().max(30).optional(),
  countryCode: CountryCodeSchema,
  kind: z.enum(NGO_KINDS),
  planArea: PlanAreaCodeSchema.default('III.10'),
  agencyCode: AgencyCodeSchema,
  registration: NgoRegistrationSchema.optional(),
  contacts: z.array(NgoContactSchema).max(20).default([]),
  notes: safeString().trim().max(4000).optional(),
});

export const CreateNgoSchema = NgoFields;
export type CreateNgo = z.input<typeof CreateNgoSchema>;

/** An edit replaces the record's fields, on the version the editor saw (stale → 409). */
export const UpdateNgoSchema = NgoFields.extend({ id: z.uuid(), version: z.number().int().min(1) });
export type UpdateNgo = z.input<typeof UpdateNgoSchema>;

export const REGISTRATION_STATES = ['valid', 'expires-soon', 'expired'] as const;

export const NgoSchema = NgoFields.extend({
  /** Derived from the catalogue, never typed. */
  isAsean: z.boolean(),
  /** Derived from the certificate's end date and today; absent without a certificate. */
  registrationState: z.enum(REGISTRATION_STATES).optional(),
}).extend(RecordMetaSchema.shape);
export type Ngo = z.infer<typeof NgoSchema>;

export const NGO_SORTS = ['createdAt', 'nameOriginal', 'nameVi', 'countryCode'] as const;
export const ListNgosSchema = listQuerySchema(NGO_SORTS, {
  countryCode: CountryCodeSchema.optional(),
  kind: z.enum(NGO_KINDS).optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type ListNgos = z.input<typeof ListNgosSchema>;

export const NgoPageSchema = pageSchema(NgoSchema);

// ——— Aid projects (shaped on the IATI activity) ———

/** IATI OrganisationRole 1–4, in the codelist's order. */
export const PARTICIPANT_ROLES = ['funding', 'accountable', 'extending', 'implementing'] as const;
export const BENEFICIARY_GROUPS = [
  'children',
  'people-with-disabilities',
  'poor-households',
  'elderly',
  'women',
  'other',
] as const;

export const SectorCodeSchema = z.enum(SECTOR_CODES);
const PercentageSchema = z.number().int().min(1).max(100);

/** An organisation taking part: a registered NGO (`ngoId`) or any other body by name. */
export const ParticipantSchema = z.object({
  role: z.enum(PARTICIPANT_ROLES),
  ngoId: z.uuid().optional(),
  /** Required without `ngoId`; with it, the registry's name is filled in when left out. */
  name: text(300).optional(),
  /** For an organisation that is not a registered NGO; a registered NGO's own country wins. */
  countryCode: CountryCodeSchema.optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const SectorShareSchema = z.object({ code: SectorCodeSchema, percentage: PercentageSchema });
export const LocationShareSchema = z.object({
  districtCode: DistrictCodeSchema,
  commune: optionalText(120),
  percentage: PercentageSchema,
});
export const BeneficiarySchema = z.object({
  group: z.enum(BENEFICIARY_GROUPS),
  count: z.number().int().min(0).max(10_000_000),
});
/** The opinion of an agency consulted during appraisal (thẩm định). */
export const AppraisalSchema = z.object({
  agencyCode: AgencyCodeSchema,
  opinion: text(2000),
  favourable: z.boolean().default(true),
});

const PROJECT_CODE = /^[A-Z0-9][A-Z0-9./-]{1,39}$/;

const ProjectFields = z.object({
  code: z.string().trim().toUpperCase().regex(PROJECT_CODE),
  titleVi: text(300),
  titleEn: text(300),
  description: optionalText(8000),
  /** The managing agency (cơ quan chủ quản / quản lý). */
  agencyCode: AgencyCodeSchema,
  planArea: PlanAreaCodeSchema.default('III.10'),
  participants: z.array(ParticipantSchema).min(1).max(20),
  sectors: z.array(SectorShareSchema).min(1).max(10),
  locations: z.array(LocationShareSchema).min(1).max(20),
  beneficiaries: z.array(BeneficiarySchema).max(6).default([]),
  status: z.enum(PROJECT_STATUSES).default('submitted'),
  decisionNo: optionalText(60),
  decisionDate: CalendarDateSchema.optional(),
  approvingAuthority: optionalText(200),
  appraisals: z.array(AppraisalSchema).max(20).default([]),
  plannedStart: CalendarDateSchema.optional(),
  plannedEnd: CalendarDateSchema.optional(),
  actualStart: CalendarDateSchema.optional(),
  actualEnd: CalendarDateSchema.optional(),
});

type ProjectShape = z.output<typeof ProjectFields>;

/** Whole-project rules; each issue names the field a form shows it beside. */
function projectRules(p: ProjectShape, ctx: z.core.$RefinementCtx) {
  if (!percentagesAddUp(p.sectors))
    issue(ctx, ['sectors'], 'Sector percentages must add up to 100', 'percentagesSum');
  if (!percentagesAddUp(p.locations))
    issue(ctx, ['locations'], 'Location percentages must add up to 100', 'percentagesSum');
  if (new Set(p.sectors.map((s) => s.code)).size !== p.sectors.length)
    issue(ctx, ['sectors'], 'A sector is listed twice', 'duplicate');
  const places = p.locations.map((l) => `${l.districtCode}|${l.commune ?? ''}`);
  if (new Set(places).size !== places.length)
    issue(ctx, ['locations'], 'A location is listed twice', 'duplicate');
  p.participants.forEach((o, i) => {
    if (!o.ngoId && !o.name)
      issue(ctx, ['participants', i, 'name'], 'Name the organisation or pick a registered NGO', 'required');
  });
  if (!p.participants.some((o) => o.role === 'funding'))
    issue(ctx, ['participants'], 'Name at least one funding organisation', 'fundingRequired');
  if (needsApprovalDecision(p.status)) {
    if (!p.decisionNo)
      issue(ctx, ['decisionNo'], 'An approved project needs its decision number', 'required');
    if (!p.decisionDate)
      issue(ctx, ['decisionDate'], 'An approved project needs its decision date', 'required');
  }
  if (p.plannedStart && p.plannedEnd && p.plannedEnd < p.plannedStart)
    issue(ctx, ['plannedEnd'], 'End date is before start date', 'endBeforeStart');
  if (p.actualStart && p.actualEnd && p.actualEnd < p.actualStart)
    issue(ctx, ['actualEnd'], 'End date is before start date', 'endBeforeStart');
}

export const CreateAidProjectSchema = ProjectFields.superRefine(projectRules);
export type CreateAidProject = z.input<typeof CreateAidProjectSchema>;

export const UpdateAidProjectSchema = ProjectFields.extend({
  id: z.uuid(),
  version: z.number().int().min(1),
}).superRefine(projectRules);
export type UpdateAidProject = z.input<typeof UpdateAidProjectSchema>;

/**
 * What a project's transactions add up to, in đồng, summed exactly by the database (reversals
 * included, so a voided transaction nets to nothing); never typed in. Totals are `DongTotal` strings.
 */
export const ProjectTotalsSchema = z.object({
  incoming: DongTotalSchema,
  committed: DongTotalSchema,
  disbursed: DongTotalSchema,
  expended: DongTotalSchema,
  /** Disbursed ÷ committed, in percent with one decimal; null with nothing committed. */
  disbursementShare: z.number().nullable(),
  /** Disbursed more than committed: allowed, but shown. */
  overDisbursed: z.boolean(),
});
export type ProjectTotals = z.infer<typeof ProjectTotalsSchema>;

export const AidProjectSchema = ProjectFields.extend({
  /** The first funding organisation's country, derived from the NGO registry or the participant. */
  donorCountryCode: CountryCodeSchema.optional(),
  donorIsAsean: z.boolean(),
  totals: ProjectTotalsSchema,
  /** Approved, not started within six months of the decision. */
  notStartedInTime: z.boolean(),
}).extend(RecordMetaSchema.shape);
export type AidProject = z.infer<typeof AidProjectSchema>;

export const AID_PROJECT_SORTS = ['createdAt', 'code', 'titleVi', 'status', 'decisionDate'] as const;
export const ListAidProjectsSchema = listQuerySchema(AID_PROJECT_SORTS, {
  status: z.enum(PROJECT_STATUSES).optional(),
  agencyCode: AgencyCodeSchema.optional(),
  donorCountryCode: CountryCodeSchema.optional(),
  sectorCode: SectorCodeSchema.optional(),
  districtCode: DistrictCodeSchema.optional(),
  ngoId: z.uuid().optional(),
});
export type ListAidProjects = z.input<typeof ListAidProjectsSchema>;
export const AidProjectPageSchema = pageSchema(AidProjectSchema);

// ——— Transactions ———

/** IATI TransactionType 1 (incoming funds), 2 (outgoing commitment), 3 (disbursement), 4 (expenditure). */
export const TRANSACTION_TYPES = ['incoming-funds', 'commitment', 'disbursement', 'expenditure'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/**
 * A decimal as typed, a sign allowed so that a negative amount or rate is refused by its rule ("must be
 * more than zero", below), in words, rather than as a malformed number; nothing negative is ever stored.
 */
const DecimalStringSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^-?${DECIMAL_PATTERN.source.slice(1)}`), { message: 'Not a decimal number' });

/** A transaction's own fields, as typed (a correction carries them again, without the project). */
export const AidTransactionFields = z.object({
  type: z.enum(TRANSACTION_TYPES),
  date: CalendarDateSchema,
  /** Exact decimal, written with a dot; whole đồng in VND. */
  amount: DecimalStringSchema,
  currency: z.enum(CURRENCY_CODES),
  /** Đồng per unit of the currency; required unless the amount is in đồng. */
  exchangeRate: DecimalStringSchema.optional(),
  description: optionalText(500),
});

/** The rules of a transaction's amount and rate; the đồng equivalent is one amount (≤ MAX_AMOUNT). */
export function transactionRules(
  t: { amount: string; currency: CurrencyCode; exchangeRate?: string },
  ctx: z.core.$RefinementCtx,
) {
  let amountOk = true;
  if (Number(t.amount) <= 0) {
    amountOk = false;
    issue(ctx, ['amount'], 'The amount must be more than zero', 'positive');
  }
  if (fractionDigits(t.amount) > MINOR_UNITS[t.currency]) {
    amountOk = false;
    issue(
      ctx,
      ['amount'],
      `${t.currency} amounts have at most ${MINOR_UNITS[t.currency]} decimals`,
      'minorUnits',
    );
  }
  const foreign = t.currency !== HOME_CURRENCY;
  if (foreign && t.exchangeRate === undefined)
    issue(ctx, ['exchangeRate'], 'A foreign amount needs its exchange rate', 'rateRequired');
  const rateOk = t.exchangeRate === undefined || Number(t.exchangeRate) > 0;
  if (!rateOk) issue(ctx, ['exchangeRate'], 'The rate must be more than zero', 'positive');
  if (amountOk && rateOk && (!foreign || t.exchangeRate !== undefined)) {
    if (dongEquivalentExact(t.amount, t.currency, t.exchangeRate) > BigInt(MAX_AMOUNT))
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `The đồng equivalent (amount × rate) must be at most ${MAX_AMOUNT}`,
        params: ruleParams('dongEquivalentMax', { maximum: MAX_AMOUNT }),
      });
  }
}

export const CreateAidTransactionSchema = AidTransactionFields.extend({ projectId: z.uuid() }).superRefine(
  transactionRules,
);
export type CreateAidTransaction = z.input<typeof CreateAidTransactionSchema>;

export const AidTransactionSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  type: z.enum(TRANSACTION_TYPES),
  date: CalendarDateSchema,
  /** As entered; a reversing entry's is its original's, negated (`-120000.00`). */
  amount: z.string(),
  currency: z.enum(CURRENCY_CODES),
  exchangeRate: z.string().optional(),
  /** amount × rate, half-up to the whole đồng; computed, never typed. Negative on a reversing entry. */
  dongAmount: z.number().int().min(-MAX_AMOUNT).max(MAX_AMOUNT),
  description: z.string().optional(),
  /** On a reversing entry: the transaction it cancels, and why. */
  reversesTransactionId: z.uuid().optional(),
  reason: z.string().optional(),
  /** On a reversed transaction: the entry that cancels it (computed); it cannot be reversed again. */
  reversedById: z.uuid().optional(),
  createdBy: z.string().optional(),
  createdAt: z.string(),
});
export type AidTransaction = z.infer<typeof AidTransactionSchema>;

/** A recorded transaction and its project's totals after it. */
export const AidTransactionResultSchema = z.object({
  transaction: AidTransactionSchema,
  totals: ProjectTotalsSchema,
});

/**
 * Corrects or voids a recorded transaction, which itself is never changed: a reversing entry (the
 * negated amount, referencing it, with the reason) is recorded, and with `correction` also a new entry
 * with the corrected values. Without `correction` the transaction is voided.
 */
export const ReverseAidTransactionSchema = z.object({
  projectId: z.uuid(),
  transactionId: z.uuid(),
  reason: text(500),
  correction: AidTransactionFields.superRefine(transactionRules).optional(),
});
export type ReverseAidTransaction = z.input<typeof ReverseAidTransactionSchema>;

/** The reversing entry, the corrected entry (none when voiding) and the project's totals after them. */
export const AidReversalResultSchema = z.object({
  reversal: AidTransactionSchema,
  correction: AidTransactionSchema.optional(),
  totals: ProjectTotalsSchema,
});
export type AidReversalResult = z.infer<typeof AidReversalResultSchema>;

export const ListAidTransactionsSchema = z.object({
  projectId: z.uuid(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
});
export const AidTransactionPageSchema = pageSchema(AidTransactionSchema);

// ——— Delegations ———

export const DELEGATION_DIRECTIONS = ['inbound', 'outbound'] as const;
export const DELEGATION_PURPOSES = [
  'aid',
  'investment',
  'trade',
  'culture',
  'education',
  'friendship',
  'official-visit',
] as const;

/** A link to a record, with the label it had when linked (the record may live in another service). */
export const RecordLinkSchema = z.object({ id: z.uuid(), label: text(300) });

/** A delegation's fields without the whole-record rules (forms derive their own schema from it). */
export const DelegationFields = z.object({
  title: text(300),
  direction: z.enum(DELEGATION_DIRECTIONS),
  purpose: z.enum(DELEGATION_PURPOSES),
  countryCodes: z
    .array(CountryCodeSchema)
    .min(1)
    .max(12)
    .refine((codes) => new Set(codes).size === codes.length, {
      message: 'A country is listed twice',
      params: ruleParams('duplicate'),
    }),
  organisations: z.array(text(300)).max(20).default([]),
  headName: text(200),
  headTitle: optionalText(200),
  size: z.number().int().min(1).max(1000),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  /** The hosting (inbound) or sending (outbound) agency. */
  agencyCode: AgencyCodeSchema,
  planArea: PlanAreaCodeSchema.default('III.9'),
  ngo: RecordLinkSchema.optional(),
  project: RecordLinkSchema.optional(),
  culturalEvent: RecordLinkSchema.optional(),
  outcomes: optionalText(4000),
  followUps: optionalText(4000),
});

export const delegationRules = (d: { startDate: string; endDate: string }, ctx: z.core.$RefinementCtx) => {
  if (d.endDate < d.startDate) issue(ctx, ['endDate'], 'End date is before start date', 'endBeforeStart');
};

export const CreateDelegationSchema = DelegationFields.superRefine(delegationRules);
export type CreateDelegation = z.input<typeof CreateDelegationSchema>;
export const UpdateDelegationSchema = DelegationFields.extend({
  id: z.uuid(),
  version: z.number().int().min(1),
}).superRefine(delegationRules);
export type UpdateDelegation = z.input<typeof UpdateDelegationSchema>;

export const DelegationSchema = DelegationFields.extend({ includesAsean: z.boolean() }).extend(
  RecordMetaSchema.shape,
);
export type Delegation = z.infer<typeof DelegationSchema>;

export const DELEGATION_SORTS = ['startDate', 'createdAt', 'title'] as const;
export const ListDelegationsSchema = listQuerySchema(DELEGATION_SORTS, {
  direction: z.enum(DELEGATION_DIRECTIONS).optional(),
  purpose: z.enum(DELEGATION_PURPOSES).optional(),
  countryCode: CountryCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
  ngoId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  /** Delegations whose stay overlaps this period (the calendar asks for one month). */
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
});
export type ListDelegations = z.input<typeof ListDelegationsSchema>;
export const DelegationPageSchema = pageSchema(DelegationSchema);

// ——— Reports ———

export const AID_REPORT_DIMENSIONS = ['year', 'country', 'asean', 'sector', 'planArea', 'district'] as const;
export type AidReportDimension = (typeof AID_REPORT_DIMENSIONS)[number];

/** `a,b,c` in a query string, or an array in a body. */
const dimensionList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
  z
    .array(z.enum(AID_REPORT_DIMENSIONS))
    .min(1)
    .max(3)
    .refine((d) => new Set(d).size === d.length, { message: 'A dimension is listed twice' }),
);

const YearSchema = z.coerce.number().int().min(2000).max(2100);

export const AidReportQuerySchema = z.object({
  groupBy: dimensionList.default(['year']),
  yearFrom: YearSchema.optional(),
  yearTo: YearSchema.optional(),
  donorCountryCode: CountryCodeSchema.optional(),
  /** `asean`: donors that were ASEAN members on the transaction's date; `other`: the rest. */
  donorGroup: z.enum(['asean', 'other']).optional(),
  sectorCode: SectorCodeSchema.optional(),
  planArea: PlanAreaCodeSchema.optional(),
  districtCode: DistrictCodeSchema.optional(),
});
export type AidReportQuery = z.input<typeof AidReportQuerySchema>;

export const AidReportRowSchema = z.object({
  year: z.number().int().optional(),
  countryCode: z.string().optional(),
  asean: z.boolean().optional(),
  sectorCode: z.string().optional(),
  planArea: z.string().optional(),
  districtCode: z.string().optional(),
  committed: DongTotalSchema,
  disbursed: DongTotalSchema,
  /** Disbursed ÷ committed of the row, in percent. */
  disbursementShare: z.number().nullable(),
  /** The row's part of all committed aid matching the filter, in percent. */
  committedPercent: z.number().nullable(),
  disbursedPercent: z.number().nullable(),
});
export type AidReportRow = z.infer<typeof AidReportRowSchema>;

export const AidReportSchema = z.object({
  groupBy: z.array(z.enum(AID_REPORT_DIMENSIONS)),
  rows: z.array(AidReportRowSchema),
  totals: z.object({
    committed: DongTotalSchema,
    disbursed: DongTotalSchema,
    disbursementShare: z.number().nullable(),
  }),
});
export type AidReport = z.infer<typeof AidReportSchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const AidReportExportSchema = AidReportQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
});

export const DelegationReportQuerySchema = z.object({
  yearFrom: YearSchema.optional(),
  yearTo: YearSchema.optional(),
  direction: z.enum(DELEGATION_DIRECTIONS).optional(),
  countryCode: CountryCodeSchema.optional(),
});
export type DelegationReportQuery = z.input<typeof DelegationReportQuerySchema>;
export const DelegationReportSchema = z.object({
  rows: z.array(
    z.object({
      year: z.number().int(),
      countryCode: z.string(),
      direction: z.enum(DELEGATION_DIRECTIONS),
      delegations: z.number().int(),
      people: z.number().int(),
    }),
  ),
});
export type DelegationReport = z.infer<typeof DelegationReportSchema>;
export const DelegationReportExportSchema = DelegationReportQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
});

/** Which projects go into the IATI file: the filter of the project list, without paging. */
export const IatiExportQuerySchema = z.object({
  status: z.enum(PROJECT_STATUSES).optional(),
  donorCountryCode: CountryCodeSchema.optional(),
  sectorCode: SectorCodeSchema.optional(),
  districtCode: DistrictCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type IatiExportQuery = z.input<typeof IatiExportQuerySchema>;
