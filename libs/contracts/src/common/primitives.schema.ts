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

/** Trimmed, non-empty text of bounded length. */
export const text = (max: number) => z.string().trim().min(1).max(max);

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
      params: { rule: 'endBeforeStart' },
      when: (payload) =>
        payload.issues.every((issue) => issue.path?.[0] !== 'startDate' && issue.path?.[0] !== 'endDate') &&
        typeof (payload.value as { startDate?: unknown })?.startDate === 'string' &&
        typeof (payload.value as { endDate?: unknown })?.endDate === 'string',
    },
  );
}

/** The catalogue's code types, re-exported so services and the console import one contract. */
export type { AgencyCode, CountryCode, DistrictCode, FundingSourceCode, PlanAreaCode } from '@ascc/catalog';
