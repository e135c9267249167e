import type { z } from 'zod';

/**
 * The validation rules the contracts' schemas, the workflow guards and the services raise as a custom
 * issue with `params.rule` (400s beside a field, and the guards' 409s), each with the names of the
 * params its issue carries (all optional: the console words the rule without them). Listed once: the
 * schemas raise them through `ruleParams`/`ruleIssue`, so an unlisted rule does not compile, and the
 * console's wordings are typed by this list, so a rule without its Vietnamese and English sentence does
 * not compile either. The services' refusals are the other list, `REFUSAL_RULES`.
 */
export const VALIDATION_RULES = {
  // any form
  endBeforeStart: [],
  duplicate: [],
  /** A control character or a lone surrogate in a text (`safeString`), or a body not UTF-8. */
  malformedText: [],
  required: [],
  /** A file over the limit of `FileUploadSchema` (5 MB). */
  fileTooLarge: ['maxMegabytes'],
  // identity (the gateway's users and passwords)
  passwordVariety: [],
  passwordMismatch: [],
  passwordUnchanged: [],
  passwordContainsUsername: [],
  passwordCommon: [],
  /** A password change whose current password was wrong (or the account is locked meanwhile). */
  currentPasswordRejected: [],
  /** An administrator removing their own admin role, or deactivating their own account. */
  ownAdminRole: [],
  ownAccount: [],
  /** The second sign-in step's code: six digits, or a recovery code. */
  secondFactorCode: [],
  // training
  sessionOutsideCourse: [],
  languageRequired: [],
  unitRequired: [],
  communeRequired: [],
  // aid
  percentagesSum: ['sum'],
  fundingRequired: [],
  positive: [],
  minorUnits: [],
  rateRequired: [],
  dongEquivalentMax: ['maximum'],
  statusTransition: ['from'],
  unknownNgo: [],
  unknownCulturalEvent: [],
  unknownProject: [],
  // the trainee import's cells and files
  importDate: ['value'],
  importOption: ['value'],
  importUnknownUnit: ['kind', 'value'],
  importSameStaffCode: ['row'],
  importFileType: [],
  importFileEmpty: [],
  importNoHeader: [],
  importTooManyRows: ['max'],
  importUnreadable: [],
  // workflow guards (dates in the province, the enrolment window, check-in) and their override
  courseNotStarted: ['startDate', 'today'],
  sessionNotYet: ['session', 'date', 'today'],
  eventNotStarted: ['startDate', 'today'],
  enrolmentNotOpen: ['status'],
  eventNotConfirmed: ['status'],
  overrideReasonRequired: [],
  // budget
  /** An estimate submitted without a single line. */
  estimateWithoutLines: [],
  /** Finance returning an estimate without saying, in a comment or on a line, what to correct. */
  returnWithoutComment: [],
  // reporting: the indicators' catalogue
  /** A computed indicator's filter its metric is not split by. */
  indicatorFilter: [],
  /** A baseline without its year, or a year without its value. */
  baselinePair: [],
  /** A target in or before the baseline year. */
  targetAfterBaseline: [],
  /** A reported indicator given a computation. */
  reportedNotComputed: [],
} as const satisfies Record<string, readonly string[]>;

export type ValidationRule = keyof typeof VALIDATION_RULES;
export const VALIDATION_RULE_NAMES = Object.keys(VALIDATION_RULES) as ValidationRule[];
/** What an issue of `rule` may carry besides the rule. */
export type ValidationRuleParams<R extends ValidationRule> = {
  [K in (typeof VALIDATION_RULES)[R][number]]?: unknown;
};

export function isValidationRule(rule: unknown): rule is ValidationRule {
  return typeof rule === 'string' && Object.hasOwn(VALIDATION_RULES, rule);
}

/** The `params` of a custom issue raised by `rule` (for `.refine(…, { params })` and field errors). */
export function ruleParams<R extends ValidationRule>(
  rule: R,
  params: ValidationRuleParams<R> = {},
): ValidationRuleParams<R> & { rule: R } {
  return { ...params, rule };
}

/** Adds the custom issue of `rule` on `path` inside a `superRefine`. */
export function ruleIssue<R extends ValidationRule>(
  ctx: z.core.$RefinementCtx,
  rule: R,
  path: PropertyKey[],
  message: string,
  params: ValidationRuleParams<R> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message, params: ruleParams(rule, params) });
}

/**
 * The field codes the services send of their own (zod's aside: `too_big`, `custom`…), each worded by the
 * console, typed by this list. A refusal's field is worded by its rule whatever its code.
 */
export const SERVICE_FIELD_CODES = [
  'duplicate',
  'stale',
  'not_found',
  'unknown',
  'not_applicable',
  'not_enrolled',
  'not_editable',
  'final',
  'transition',
  'extension',
  'file_type',
  'too_many',
  'no_registrations',
] as const;
export type ServiceFieldCode = (typeof SERVICE_FIELD_CODES)[number];

export function isServiceFieldCode(code: unknown): code is ServiceFieldCode {
  return typeof code === 'string' && (SERVICE_FIELD_CODES as readonly string[]).includes(code);
}
