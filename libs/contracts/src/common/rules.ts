import { ERROR_STATUS, type ServiceErrorBody } from './errors.schema';
import { COMMON_REFUSALS, type RefusalSpec } from './common.refusals';
import { IDENTITY_REFUSALS } from '../identity/identity.refusals';
import { TRAINING_REFUSALS } from '../training/training.refusals';
import { AID_REFUSALS } from '../aid/aid.refusals';
import { CULTURE_REFUSALS } from '../culture/culture.refusals';
import { BUDGET_REFUSALS } from '../budget/budget.refusals';
import { REPORTING_REFUSALS } from '../reporting/reporting.refusals';

/**
 * The rules a service refuses a request by, each with the HTTP error code it answers (mostly 409) and the
 * names of the params its sentence needs. Each domain lists its own once
 * (`<domain>/<domain>.refusals.ts`); this file composes them into the one list. A refusal travels as one field error whose `params` hold `rule` and these params
 * (`ServiceError.refuse` in service-kit writes it; the gateway's own refusals the same way), so the
 * console words it from the rule, typed by this list: a rule without a Vietnamese or English sentence,
 * or a sentence asking for a param the rule does not send, fails to compile.
 *
 * Param names say what the value is, so the console can show it as a reader expects: `courseStatus`,
 * `eventStatus`, `estimateStatus`, `reportStatus`, `registrationStatus`, `enrolmentStatus` (and their
 * `…To` targets) are status codes shown by their labels; `agencyCode` an agency shown by its name;
 * `year` a year (never grouped as a number); `time` a wall-clock time; the rest are shown as sent.
 */
export const REFUSAL_RULES = {
  ...COMMON_REFUSALS,
  ...IDENTITY_REFUSALS,
  ...TRAINING_REFUSALS,
  ...AID_REFUSALS,
  ...CULTURE_REFUSALS,
  ...BUDGET_REFUSALS,
  ...REPORTING_REFUSALS,
} as const satisfies Record<string, RefusalSpec>;

export type { RefusalCode, RefusalSpec } from './common.refusals';
export { defineRefusals } from './common.refusals';

export type RefusalRule = keyof typeof REFUSAL_RULES;
export const REFUSAL_RULE_NAMES = Object.keys(REFUSAL_RULES) as RefusalRule[];
/** Every param name some rule sends. */
export type RefusalParamName = (typeof REFUSAL_RULES)[RefusalRule]['params'][number];
/** What a refusal of `rule` carries: each of its params, as a text or a number. */
export type RefusalParams<R extends RefusalRule> = {
  [K in (typeof REFUSAL_RULES)[R]['params'][number]]: string | number;
};
/** The error code a refusal of `rule` answers with (409, 403…), fixed by its rule. */
export type RefusalErrorCode<R extends RefusalRule> = (typeof REFUSAL_RULES)[R]['code'];

export function refusalCode<R extends RefusalRule>(rule: R): RefusalErrorCode<R> {
  return REFUSAL_RULES[rule].code;
}

export function isRefusalRule(rule: unknown): rule is RefusalRule {
  return typeof rule === 'string' && Object.hasOwn(REFUSAL_RULES, rule);
}

/** Where a refusal points on a form: the field it concerns and the field code (none: the record as a whole). */
export interface RefusalAt {
  path: string;
  code: string;
}

/**
 * The one field error a refusal carries: `params.rule` names the rule, the rest are its params (and
 * `extra`, whatever else a screen needs, such as the record as it is now). `message` is English for
 * logs and API clients; the console words the rule itself.
 */
export function refusalField<R extends RefusalRule>(
  rule: R,
  params: RefusalParams<R>,
  message: string,
  at: RefusalAt = { path: '', code: 'refused' },
  extra: Record<string, unknown> = {},
): { path: string; code: string; message: string; params: Record<string, unknown> } {
  return { path: at.path, code: at.code, message, params: { ...extra, ...params, rule } };
}

/**
 * The whole error body of a refusal, its code and HTTP status taken from its rule: how the gateway's
 * own refusals (sign-in, users, a body too large) are answered, as the services' `ServiceError.refuse`.
 */
export function refusalBody<R extends RefusalRule>(
  rule: R,
  params: RefusalParams<R>,
  message: string,
  at?: RefusalAt,
): ServiceErrorBody {
  const code = refusalCode(rule);
  return { code, status: ERROR_STATUS[code], message, fields: [refusalField(rule, params, message, at)] };
}
