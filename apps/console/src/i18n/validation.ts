import type { Lang } from '@ascc/catalog';
import {
  type FieldError,
  type ServiceFieldCode,
  type ValidationRule,
  isServiceFieldCode,
  isValidationRule,
} from '@ascc/contracts';
import { formatDate, formatDecimal, formatMoney, formatNumber } from '../format/format';
import { refusalText } from './refusals';
import { type MessageKey, translate } from './translate';

/**
 * What the translator needs of an issue: a zod issue code and its params, from the client or the server,
 * and (when known) the dotted path of the field, which tells apart rules that share a code.
 */
export type ValidationIssue = Pick<FieldError, 'code' | 'message' | 'params'> & { path?: string };

const NUMERIC_ORIGINS = new Set(['number', 'int', 'bigint']);
const COLLECTION_ORIGINS = new Set(['array', 'set']);

type Say = (key: MessageKey, values?: Record<string, unknown>) => string;
type Params = Record<string, unknown>;
/** Words one rule or field code; `field` is the last named segment of the path (`lines.2.amount` → `amount`). */
type Wording = (say: Say, params: Params, field: string, context: Context) => string;
interface Context {
  /** What the form sent at the issue's path, when the caller passed the message. */
  sent: unknown;
  /** An amount of đồng as the language writes money. */
  money: (dong: number) => string;
  /** An ISO date as the language writes dates. */
  date: (isoDate: unknown) => string;
}

/** The entry of `map` named `key`, never an inherited property (a rule named `constructor`). */
const own = <T>(map: Record<string, T>, key: unknown): T | undefined =>
  typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The value at a dotted path of the message the form sent, if the caller passed it. */
function valueAt(values: Params, path: string | undefined): unknown {
  let value: unknown = values;
  for (const part of (path ?? '').split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Params)[part];
  }
  return value;
}

/** The sum of the percentages a list of shares holds (aid sectors and locations), when known. */
function percentageSum(list: unknown): number | undefined {
  if (!Array.isArray(list)) return undefined;
  const shares = list.map((item) => (item as { percentage?: unknown } | null)?.percentage);
  return shares.every(isNumber) ? shares.reduce((sum, share) => sum + share, 0) : undefined;
}

const stale: Wording = (say, params) =>
  isNumber(params.currentVersion)
    ? say('validation.staleVersion', { version: params.currentVersion })
    : say('validation.stale');

/**
 * The contracts' own validation rules, by `params.rule` of a custom issue: typed by the contracts'
 * VALIDATION_RULES, so a rule without its wording does not compile. The services' refusals are typed in
 * the contracts' REFUSAL_RULES and worded in `refusals.ts`.
 */
const RULES: { [R in ValidationRule]: Wording } = {
  endBeforeStart: (say) => say('validation.endBeforeStart'),
  duplicate: (say, _p, field) =>
    field === 'sectors' || field === 'locations' || field === 'countryCodes'
      ? say('validation.listedTwice')
      : say('validation.duplicate'),
  fileTooLarge: (say, params) =>
    say('validation.fileTooLarge', { max: isNumber(params.maxMegabytes) ? params.maxMegabytes : 5 }),
  // Control characters or a lone surrogate in any text (primitives' safeString), or a body not UTF-8.
  malformedText: (say) => say('validation.malformedText'),
  required: (say, _p, field) =>
    field === 'name' ? say('validation.organisationRequired') : say('validation.required'),
  passwordVariety: (say) => say('validation.passwordVariety'),
  passwordMismatch: (say) => say('validation.passwordMismatch'),
  passwordUnchanged: (say) => say('validation.passwordUnchanged'),
  passwordContainsUsername: (say) => say('validation.passwordContainsUsername'),
  passwordCommon: (say) => say('validation.passwordCommon'),
  currentPasswordRejected: (say) => say('validation.currentPassword'),
  ownAdminRole: (say) => say('validation.ownAdminRole'),
  ownAccount: (say) => say('validation.ownAccount'),
  secondFactorCode: (say) => say('validation.secondFactorCode'),
  // training
  sessionOutsideCourse: (say) => say('validation.sessionOutsideCourse'),
  languageRequired: (say) => say('validation.languageRequired'),
  unitRequired: (say) => say('validation.unitRequired'),
  communeRequired: (say) => say('validation.communeRequired'),
  // aid
  percentagesSum: (say, params, _f, context) => {
    const sum = isNumber(params.sum) ? params.sum : percentageSum(context.sent);
    return sum === undefined ? say('validation.percentagesSum') : say('validation.percentagesSumIs', { sum });
  },
  fundingRequired: (say) => say('validation.fundingRequired'),
  positive: (say) => say('validation.positive'),
  minorUnits: (say) => say('validation.minorUnits'),
  rateRequired: (say) => say('validation.rateRequired'),
  dongEquivalentMax: (say, params, _f, { money }) =>
    isNumber(params.maximum)
      ? say('validation.dongEquivalentMax', { max: money(params.maximum) })
      : say('validation.amountTooLarge'),
  statusTransition: (say) => say('validation.transition'),
  unknownNgo: (say) => say('validation.unknownNgo'),
  unknownCulturalEvent: (say) => say('validation.unknownCulturalEvent'),
  unknownProject: (say) => say('validation.unknownProject'),
  // the trainee import's cells and files
  importDate: (say, params) => say('validation.importDate', { value: String(params.value ?? '') }),
  importOption: (say, params) => say('validation.importOption', { value: String(params.value ?? '') }),
  importUnknownUnit: (say, params) =>
    say(params.kind === 'district' ? 'validation.importUnknownDistrict' : 'validation.importUnknownAgency', {
      value: String(params.value ?? ''),
    }),
  importSameStaffCode: (say, params) =>
    say('validation.importSameStaffCode', { row: String(params.row ?? '?') }),
  importFileType: (say) => say('validation.importFileType'),
  importFileEmpty: (say) => say('validation.importFileEmpty'),
  importNoHeader: (say) => say('validation.importNoHeader'),
  importTooManyRows: (say, params) => say('validation.importTooManyRows', { max: String(params.max ?? '') }),
  importUnreadable: (say) => say('validation.importUnreadable'),
  // workflow guards (dates in the province, the enrolment window, check-in) and their override
  courseNotStarted: (say, params, _f, { date }) =>
    say('validation.courseNotStarted', { date: date(params.startDate) }),
  sessionNotYet: (say, params, _f, { date }) =>
    say('validation.sessionNotYet', { session: String(params.session ?? ''), date: date(params.date) }),
  eventNotStarted: (say, params, _f, { date }) =>
    say('validation.eventNotStarted', { date: date(params.startDate) }),
  enrolmentNotOpen: (say, params) =>
    params.status === 'in-progress' ? say('validation.enrolmentLate') : say('validation.enrolmentNotOpen'),
  eventNotConfirmed: (say) => say('validation.eventNotConfirmed'),
  overrideReasonRequired: (say) => say('validation.overrideReasonRequired'),
  // budget
  estimateWithoutLines: (say) => say('validation.linesRequired'),
  returnWithoutComment: (say) => say('validation.returnWithoutComment'),
  indicatorFilter: (say) => say('validation.indicatorFilter'),
  baselinePair: (say) => say('validation.baselinePair'),
  targetAfterBaseline: (say) => say('validation.targetAfterBaseline'),
  reportedNotComputed: (say) => say('validation.reportedNotComputed'),
};

/**
 * The services' own field codes (not zod's), as they send them in a 400's or 409's `fields`: typed by
 * the contracts' SERVICE_FIELD_CODES. The console's own `not_a_number` is worded in `translateIssue`.
 */
const SERVICE_CODES: { [C in ServiceFieldCode]: Wording } = {
  duplicate: (say, _p, field) =>
    field === 'traineeIds'
      ? say('validation.traineeTaken')
      : field === 'fiscalYear'
        ? say('validation.estimateExists')
        : say('validation.duplicate'),
  stale,
  not_found: (say, _p, field) =>
    field === 'activity' ? say('validation.unknownActivity') : say('validation.notFound'),
  unknown: (say) => say('validation.notFound'),
  not_applicable: (say) => say('validation.notApplicable'),
  not_enrolled: (say) => say('validation.notEnrolled'),
  not_editable: (say) => say('validation.notEditable'),
  final: (say) => say('validation.final'),
  transition: (say) => say('validation.transition'),
  extension: (say) => say('validation.fileExtension'),
  file_type: (say) => say('validation.fileType'),
  too_many: (say) => say('validation.tooManyFiles'),
  no_registrations: (say) => say('validation.noRegistrations'),
};

/** A service's `too_big`/`too_small` without zod's `origin`, known by the field it names. */
const BOUNDS_BY_FIELD: Record<string, Wording> = {
  approvedAmount: (say, params, _f, { money }) =>
    isNumber(params.maximum)
      ? say('validation.approvedOverRequestedIs', { max: money(params.maximum) })
      : say('validation.approvedOverRequested'),
  amount: (say, params, _f, { money }) =>
    isNumber(params.maximum)
      ? say('validation.amountMax', { max: money(params.maximum) })
      : say('validation.amountTooLarge'),
  session: (say) => say('validation.noSuchSession'),
};

/** The last segment of a dotted path that names a field (not a list index). */
function fieldOf(path: string | undefined): string {
  return (
    (path ?? '')
      .split('.')
      .filter((part) => part && !/^\d+$/.test(part))
      .pop() ?? ''
  );
}

/**
 * Words a validation issue in the reader's language from its zod issue `code` and `params`, never from
 * zod's English `message`. Client-side zod errors and the server's `fields` both come through here, so a
 * rule reads the same wherever it was caught. `values`, the message the form sent, lets a rule name what
 * was wrong with it (the sum of the percentages given).
 */
export function translateIssue(issue: ValidationIssue, lang: Lang, values?: Params): string {
  // A service's refusal (REFUSAL_RULES) is worded by its rule, whatever its field code.
  const refusal = refusalText(issue, lang);
  if (refusal) return refusal;
  const params = issue.params ?? {};
  // Bounds below 10 000 are mostly years and counts, which read wrongly with a group separator ("2.017").
  const number = (value: unknown) =>
    typeof value === 'number' && Math.abs(value) >= 10_000 ? formatNumber(value, lang) : String(value);
  const say: Say = (key, vals) =>
    translate(lang, key, vals && Object.fromEntries(Object.entries(vals).map(([k, v]) => [k, number(v)])));
  const origin = String(params.origin ?? '');
  const inclusive = params.inclusive !== false;
  const field = fieldOf(issue.path);
  const context: Context = {
    sent: valueAt(values ?? {}, issue.path),
    money: (dong) => formatMoney(dong, lang),
    date: (isoDate) => (typeof isoDate === 'string' ? formatDate(isoDate, lang) : ''),
  };

  switch (issue.code) {
    case 'too_small': {
      const min = params.minimum;
      if (origin === 'string')
        return Number(min) <= 1 ? say('validation.required') : say('validation.stringMin', { min });
      if (NUMERIC_ORIGINS.has(origin)) {
        if (min === 0 && inclusive) return say('validation.notNegative');
        return say(inclusive ? 'validation.numberMin' : 'validation.numberGt', { min });
      }
      if (COLLECTION_ORIGINS.has(origin)) return say('validation.arrayMin', { min });
      if (!origin && min === undefined) return say('validation.required');
      return say('validation.invalid');
    }
    case 'too_big': {
      const max = params.maximum;
      if (origin === 'string') return say('validation.stringMax', { max });
      if (NUMERIC_ORIGINS.has(origin))
        return say(inclusive ? 'validation.numberMax' : 'validation.numberLt', { max });
      if (COLLECTION_ORIGINS.has(origin)) return say('validation.arrayMax', { max });
      if (field === 'lines')
        return isNumber(max)
          ? say('validation.totalMax', { max: context.money(max) })
          : say('validation.amountTooLarge');
      const bound = own(BOUNDS_BY_FIELD, field);
      if (bound) return bound(say, params, field, context);
      if (isNumber(max)) return say('validation.numberMax', { max });
      return say('validation.invalid');
    }
    case 'required':
      return say('validation.required');
    case 'invalid_type':
      // zod 4 names what it received only in its message; a missing value is by far the common case.
      if (/received (undefined|null)\b/.test(issue.message) || params.received === 'undefined') {
        return say('validation.required');
      }
      if (params.expected === 'int') return say('validation.integer');
      if (params.expected === 'number') return say('validation.number');
      return say('validation.type');
    case 'invalid_format':
      if (params.format === 'email') return say('validation.email');
      return params.format === 'date' || params.format === 'datetime'
        ? say('validation.date')
        : say('validation.format');
    case 'invalid_value':
    case 'invalid_enum_value': {
      const options = Array.isArray(params.values) ? params.values.map(String) : [];
      if (field === 'planArea' && options.length && options.length <= 4)
        return say('validation.planAreaOneOf', { values: options.join(', ') });
      if (field === 'countryCode' || field === 'countryCodes') {
        // zod words an empty choice and an unknown code alike; what the form sent tells them apart.
        const empty = context.sent === undefined || context.sent === null || context.sent === '';
        return values !== undefined && empty
          ? say('validation.chooseCountry')
          : say('validation.unknownCountry');
      }
      return say('validation.option');
    }
    case 'not_multiple_of':
      // A step such as a pass score's 0.25, written as the language writes decimals (0,25).
      return isNumber(params.divisor) && params.divisor !== 1
        ? translate(lang, 'validation.multipleOf', { step: formatDecimal(params.divisor, lang) })
        : say('validation.integer');
    case 'custom':
      return isValidationRule(params.rule)
        ? RULES[params.rule](say, params, field, context)
        : say('validation.invalid');
    // The console's own: a number field whose text is no number in the reader's language (`checkMessage`).
    case 'not_a_number':
      return say('validation.notANumber');
    default:
      return isServiceFieldCode(issue.code)
        ? SERVICE_CODES[issue.code](say, params, field, context)
        : say('validation.invalid');
  }
}
