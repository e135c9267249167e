import { ruleParams } from './validation-rules';
import { z } from 'zod';
import {
  AGENCY_CODES,
  COUNTRY_CODES,
  DISTRICT_CODES,
  FUNDING_SOURCE_CODES,
  PLAN_AREA_CODES,
} from '@ascc/catalog';

/** A calendar date, ISO `YYYY-MM-DD`: no time, no zone, so it never drifts. */
export const CalendarDateSchema = z.iso.date();

/** Vietnamese đồng: an integer, never a float; JSON-safe (≤ 2^53 − 1, i.e. ~9 million billion đồng). */
export const DongSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const IdSchema = z.uuid();

export const AgencyCodeSchema = z.enum(AGENCY_CODES);
export const PlanAreaCodeSchema = z.enum(PLAN_AREA_CODES);
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export const DistrictCodeSchema = z.enum(DISTRICT_CODES);
export const FundingSourceCodeSchema = z.enum(FUNDING_SOURCE_CODES);

/**
 * C0 control characters other than tab, line feed and carriage return: NUL is refused by PostgreSQL in
 * any text, and none of them is typed by a person.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Whether a UTF-16 surrogate stands without its partner: it cannot be encoded as UTF-8 ("�" once stored). */
function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = value.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
    i += 1;
  }
  return false;
}

/** Whether text can be stored and read back as sent: well-formed Unicode without control characters. */
export function isSafeText(value: string): boolean {
  if (CONTROL_CHARACTER.test(value)) return false;
  // `isWellFormed` (Node 20, current browsers) is not in the ES2023 lib typings yet.
  const wellFormed = (value as { isWellFormed?: () => boolean }).isWellFormed;
  return wellFormed ? wellFormed.call(value) : !hasLoneSurrogate(value);
}

/**
 * Any string a client sends: refuses control characters and broken Unicode (rule `malformedText`)
 * before any other check, so no route can store a NUL (a 500 on PostgreSQL) or a lone surrogate.
 * Every free-text field of an input schema starts from this instead of `z.string()`; the contracts'
 * spec walks every route's input and fails on a string field that does not.
 */
export const safeString = () =>
  z.string().refine(isSafeText, {
    message: 'Contains a control character or broken Unicode',
    params: ruleParams('malformedText'),
    abort: true,
  });

/** Trimmed, non-empty text of bounded length. */
export const text = (max: number) => safeString().trim().min(1).max(max);

/**
 * Rule for records with a start and an end: the end is not before the start. It runs even when other
 * fields are invalid (so a form shows every problem at once), but only once both dates are valid.
 */
export function withEndNotBeforeStart<
  T extends z.ZodObject<{ startDate: z.ZodType<string>; endDate: z.ZodType<string> }>,
>(schema: T) {
  return schema.refine(
    (value) => (value as { endDate: string }).endDate >= (value as { startDate: string }).startDate,
    {
      path: ['endDate'],
      message: 'End date is before start date',
      params: ruleParams('endBeforeStart'),
      when: (payload) =>
        payload.issues.every((issue) => issue.path?.[0] !== 'startDate' && issue.path?.[0] !== 'endDate') &&
        typeof (payload.value as { startDate?: unknown })?.startDate === 'string' &&
        typeof (payload.value as { endDate?: unknown })?.endDate === 'string',
    },
  );
}

/** The catalogue's code types, re-exported so services and the console import one contract. */
export type { AgencyCode, CountryCode, DistrictCode, FundingSourceCode, PlanAreaCode } from '@ascc/catalog';
