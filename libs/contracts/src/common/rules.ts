/**
 * The rules a service refuses a request by (mostly 409s), each with the names of the params its
 * sentence needs. A refusal travels as one field error whose `params` hold `rule` and these params
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
  // common
  staleVersion: ['currentVersion'],
  recordChanged: [],
  recordExists: [],
  bodyTooLarge: ['maxMegabytes'],
  // identity (the gateway)
  usernameTaken: ['username'],
  userChanged: ['username'],
  badCredentials: [],
  accountLocked: ['time'],
  tooManyAttempts: [],
  // training
  alreadyEnrolled: ['name', 'staffCode', 'enrolmentStatus'],
  alreadyWithdrawn: ['name', 'staffCode'],
  noCertificate: ['name', 'staffCode'],
  rosterClosed: ['code', 'courseStatus'],
  courseNotEditable: ['code', 'courseStatus'],
  courseTransition: ['code', 'courseStatus', 'courseStatusTo'],
  courseCodeTaken: ['code'],
  staffCodeTaken: ['staffCode', 'name'],
  // aid
  projectCodeTaken: ['code'],
  transactionAlreadyReversed: ['date'],
  reversalNotReversible: ['date'],
  // culture
  eventFinal: ['title', 'eventStatus'],
  eventTransition: ['title', 'eventStatus', 'eventStatusTo'],
  eventClosedToRegistrations: ['title', 'eventStatus'],
  checkInNotRegistered: ['name', 'registrationStatus'],
  // budget
  estimateExists: ['agencyCode', 'year'],
  estimateNotEditable: ['agencyCode', 'year', 'estimateStatus'],
  estimateActionRefused: ['agencyCode', 'year', 'estimateStatus', 'estimateAction'],
  idempotencyKeyReused: [],
  fiscalYearLocked: ['year'],
  yearConsolidated: ['year'],
  estimatesAwaitReview: ['year', 'count'],
  consolidationNotLocked: ['year'],
  consolidationNotSubmitted: ['year'],
  // reporting
  reportExists: ['agencyCode', 'year', 'planArea'],
  reportActionRefused: ['reportStatus', 'reportAction'],
  reviewFrozen: ['reviewKind'],
} as const satisfies Record<string, readonly string[]>;

export type RefusalRule = keyof typeof REFUSAL_RULES;
export const REFUSAL_RULE_NAMES = Object.keys(REFUSAL_RULES) as RefusalRule[];
/** Every param name some rule sends. */
export type RefusalParamName = (typeof REFUSAL_RULES)[RefusalRule][number];
/** What a refusal of `rule` carries: each of its params, as a text or a number. */
export type RefusalParams<R extends RefusalRule> = {
  [K in (typeof REFUSAL_RULES)[R][number]]: string | number;
};

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
