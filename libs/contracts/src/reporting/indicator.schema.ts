import { z } from 'zod';
import { type ValidationRule, ruleParams } from '../common/validation-rules';
import { DongTotalSchema } from '../common/money';
import {
  AgencyCodeSchema,
  CountryCodeSchema,
  PlanAreaCodeSchema,
  safeString,
  text,
} from '../common/primitives.schema';
import { PHASE_CODES } from '@ascc/catalog';

// ——— The plan's indicators (issue 20): a catalogue per plan area, each indicator's value by year —
// computed from the read model or reported by its lead agency in its yearly report — against its
// baseline and targets, with a status from one rule (`indicator.rules.ts`). ———

export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** `computed` from the read model; `reported` by the lead agency in its yearly report, with its source. */
export const INDICATOR_METHODS = ['computed', 'reported'] as const;
export type IndicatorMethod = (typeof INDICATOR_METHODS)[number];

/** `plan`: the plan's own words (quoted); `derived`: what its text implies. */
export const INDICATOR_ORIGINS = ['plan', 'derived'] as const;

export const INDICATOR_UNITS = ['percent', 'people', 'courses', 'events', 'count', 'dong'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/**
 * What the read model computes, per year: people trained (enrolments in completed courses; `level`,
 * `gender`), completed courses (`level`), exchanges (cultural events, with an ASEAN country or
 * `countryCode` taking part) and their participants (audience), aid committed and disbursed (`countryCode`
 * or `aseanOnly` donors), budget approved. `planArea` narrows any of them to one area's records.
 */
export const INDICATOR_METRICS = [
  'people-trained',
  'courses-completed',
  'exchanges',
  'exchange-participants',
  'aid-committed',
  'aid-disbursed',
  'budget-approved',
] as const;
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];

const METRIC_FILTERS: Record<IndicatorMetric, readonly ('level' | 'gender' | 'countryCode' | 'aseanOnly')[]> =
  {
    'people-trained': ['level', 'gender'],
    'courses-completed': ['level'],
    exchanges: ['countryCode', 'aseanOnly'],
    'exchange-participants': ['countryCode', 'aseanOnly'],
    'aid-committed': ['countryCode', 'aseanOnly'],
    'aid-disbursed': ['countryCode', 'aseanOnly'],
    'budget-approved': [],
  };

/** Money metrics: their values are DongTotal strings (exact sums of whole đồng). */
export const MONEY_METRICS: readonly IndicatorMetric[] = [
  'aid-committed',
  'aid-disbursed',
  'budget-approved',
];

export const IndicatorComputationSchema = z
  .object({
    metric: z.enum(INDICATOR_METRICS),
    planArea: PlanAreaCodeSchema.optional(),
    level: safeString().trim().min(1).max(40).optional(),
    gender: z.enum(['female']).optional(),
    countryCode: CountryCodeSchema.optional(),
    aseanOnly: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    for (const filter of ['level', 'gender', 'countryCode', 'aseanOnly'] as const)
      if (c[filter] !== undefined && !METRIC_FILTERS[c.metric].includes(filter))
        ctx.addIssue({
          code: 'custom',
          path: [filter],
          message: `${c.metric} is not split by ${filter}`,
          params: ruleParams('indicatorFilter'),
        });
  });
export type IndicatorComputation = z.infer<typeof IndicatorComputationSchema>;

const YearSchema = z.number().int().min(2000).max(2100);
const ValueSchema = z.number().min(-1e15).max(1e15);

export const IndicatorTargetSchema = z.object({ year: YearSchema, value: ValueSchema });
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

/** An indicator's definition: what the coordinator edits, and what a frozen review keeps. */
const definitionShape = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9.-]{1,30}$/, { message: 'Capitals, digits, dots and dashes (e.g. III.3-1)' }),
  nameVi: text(300),
  nameEn: text(300),
  planArea: PlanAreaCodeSchema,
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: ValueSchema.nullable().default(null),
  baselineYear: YearSchema.nullable().default(null),
  /** Mid-term (2020) and final (2025) targets where the plan sets them; years distinct. */
  targets: z.array(IndicatorTargetSchema).max(10).default([]),
  /** Values add up over the years since the plan began (e.g. people trained so far), else each year stands alone. */
  cumulative: z.boolean().default(false),
  leadAgencyCode: AgencyCodeSchema,
  method: z.enum(INDICATOR_METHODS),
  computation: IndicatorComputationSchema.nullable().default(null),
  origin: z.enum(INDICATOR_ORIGINS),
  /** The plan's words (origin `plan`), or the text it is derived from, with the plan's section. */
  planQuote: safeString().trim().max(2000).default(''),
  planRef: safeString().trim().max(60).default(''),
};

type Definition = {
  baseline: number | null;
  baselineYear: number | null;
  targets: IndicatorTarget[];
  method: IndicatorMethod;
  computation: IndicatorComputation | null;
};

/** The rules across fields, once for create and update. */
function definitionRules(d: Definition, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string, rule: ValidationRule) =>
    ctx.addIssue({ code: 'custom', path: [path], message, params: ruleParams(rule) });
  if ((d.baseline === null) !== (d.baselineYear === null))
    issue(
      d.baseline === null ? 'baseline' : 'baselineYear',
      'A baseline needs its year, and a year its value',
      'baselinePair',
    );
  const years = d.targets.map((t) => t.year);
  if (new Set(years).size !== years.length) issue('targets', 'One target per year', 'duplicate');
  if (d.baselineYear !== null && years.some((y) => y <= (d.baselineYear as number)))
    issue('targets', 'A target comes after the baseline year', 'targetAfterBaseline');
  if (d.method === 'computed' && !d.computation)
    issue('computation', 'Say what the read model computes', 'required');
  if (d.method === 'reported' && d.computation)
    issue('computation', 'A reported indicator is not computed', 'reportedNotComputed');
}

export const CreateIndicatorSchema = z.object(definitionShape).superRefine(definitionRules);
export type CreateIndicator = z.input<typeof CreateIndicatorSchema>;

export const UpdateIndicatorSchema = z
  .object({ id: z.uuid(), version: z.number().int().min(1), ...definitionShape })
  .superRefine(definitionRules);
export type UpdateIndicator = z.input<typeof UpdateIndicatorSchema>;

export const DeleteIndicatorSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export const PlanIndicatorSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  planArea: PlanAreaCodeSchema,
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: z.array(IndicatorTargetSchema),
  cumulative: z.boolean(),
  leadAgencyCode: AgencyCodeSchema,
  method: z.enum(INDICATOR_METHODS),
  computation: IndicatorComputationSchema.nullable(),
  origin: z.enum(INDICATOR_ORIGINS),
  planQuote: z.string(),
  planRef: z.string(),
  updatedAt: z.string(),
});
export type PlanIndicator = z.infer<typeof PlanIndicatorSchema>;

export const ListIndicatorsSchema = z.object({
  planArea: PlanAreaCodeSchema.optional(),
  method: z.enum(INDICATOR_METHODS).optional(),
});
export type ListIndicators = z.input<typeof ListIndicatorsSchema>;
export const IndicatorListSchema = z.object({ items: z.array(PlanIndicatorSchema) });

// ——— Progress ———

export const INDICATOR_STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** A count or a percentage as a number; money as a DongTotal string (exact whole đồng). */
export const IndicatorValueSchema = z.union([z.number(), DongTotalSchema]);

export const IndicatorYearValueSchema = z.object({
  year: z.number().int(),
  value: IndicatorValueSchema,
  /** Reported values: the agency that reported it and its source and comment. */
  agencyCode: z.string().nullable(),
  source: z.string().nullable(),
  comment: z.string().nullable(),
});
export type IndicatorYearValue = z.infer<typeof IndicatorYearValueSchema>;

export const IndicatorProgressSchema = z.object({
  indicator: PlanIndicatorSchema,
  /** One per year with a value, in order (cumulative indicators: the running total). */
  values: z.array(IndicatorYearValueSchema),
  /** The status is judged on the latest value against the target that applies to its year. */
  latest: IndicatorYearValueSchema.nullable(),
  target: IndicatorTargetSchema.nullable(),
  /** Where the straight path from the baseline to the target stands in the latest value's year. */
  expected: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgressSchema>;

/** The dashboard's period (a year, a phase, or the whole plan) and, optionally, one plan area. */
export const IndicatorProgressQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  phase: z.enum(PHASE_CODES).optional(),
  planArea: PlanAreaCodeSchema.optional(),
});
export type IndicatorProgressQuery = z.input<typeof IndicatorProgressQuerySchema>;
export const IndicatorProgressListSchema = z.object({ items: z.array(IndicatorProgressSchema) });
export type IndicatorProgressList = z.infer<typeof IndicatorProgressListSchema>;

// ——— The public progress page (no sign-in; plan sections IV.4 and VII.6) ———

/** A published value: the year and the value, without who reported it. */
const PublicYearValueSchema = IndicatorYearValueSchema.pick({ year: true, value: true });

/**
 * What the public sees of an indicator: an explicit allow-list — its definition as the plan states it
 * and its PUBLISHED values (README "Public progress page": reported values from yearly reports the
 * coordinator accepted, computed values up to the last closed year). No ids, versions, reporting agency,
 * source, comment, computation or draft/submitted values.
 */
export const PublicIndicatorSchema = PlanIndicatorSchema.pick({
  code: true,
  nameVi: true,
  nameEn: true,
  unit: true,
  direction: true,
  baseline: true,
  baselineYear: true,
  targets: true,
  cumulative: true,
  leadAgencyCode: true,
  method: true,
  planRef: true,
}).extend({
  values: z.array(PublicYearValueSchema),
  latest: PublicYearValueSchema.nullable(),
  ...IndicatorProgressSchema.pick({ target: true, expected: true, status: true }).shape,
});
export type PublicIndicator = z.infer<typeof PublicIndicatorSchema>;

export const PublicProgressQuerySchema = z.object({});
export const PublicProgressSchema = z.object({
  /** The last closed year: computed values are published up to it. */
  publishedThrough: z.number().int(),
  /** The plan's areas in order, each with its indicators (an area without any has an empty list). */
  areas: z.array(z.object({ code: PlanAreaCodeSchema, indicators: z.array(PublicIndicatorSchema) })),
});
export type PublicProgress = z.infer<typeof PublicProgressSchema>;
