/** The two languages every label exists in; Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/** Anything that carries both names, so one helper picks the label. */
export interface Bilingual {
  readonly nameVi: string;
  readonly nameEn: string;
}

export function pickLabel(item: Bilingual, lang: Lang): string {
  return lang === 'en' ? item.nameEn : item.nameVi;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no time, no zone). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Throws on anything but `YYYY-MM-DD`: validity checks compare dates as strings, which is only
 * correct for this exact shape ('2025-7-1' would sort wrongly and silently).
 */
export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Expected a calendar date YYYY-MM-DD, got '${value}'`);
}

/** The calendar day after `isoDate` (UTC arithmetic, so no time-zone drift). */
export function nextIsoDay(isoDate: string): string {
  assertIsoDate(isoDate);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The province's clock: "today" for every date rule is the calendar day in Thái Bình (UTC+7). */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Today's date in the province, ISO `YYYY-MM-DD` — the one helper for "today", in the services and the
 * console alike, whatever the time zone of the machine or the browser.
 */
export function todayIsoDate(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PROVINCE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Marks the start of records that existed before the plan and whose founding date does not matter here. */
export const BEFORE_THE_PLAN = '2000-01-01';
