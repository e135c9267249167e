import type { Lang } from '@ascc/catalog';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * The one place dates, numbers and money become text. Calendar dates are `YYYY-MM-DD` strings and are
 * only ever re-arranged as text: going through `Date` would shift them a day in time zones west of UTC.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** dd/mm/yyyy in Vietnamese, ISO yyyy-mm-dd in English; anything else is shown as it came. */
export function formatDate(isoDate: string | undefined, lang: Lang): string {
  if (!isoDate) return '';
  const match = CALENDAR_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return lang === 'vi' ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
}

export function formatDateRange(start: string, end: string, lang: Lang): string {
  return start === end ? formatDate(start, lang) : `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** A moment in time (createdAt…), shown in the reader's time zone, which is right for instants. */
export function formatDateTime(
  timestamp: string | undefined,
  lang: Lang,
  options: { seconds?: boolean } = {},
): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${options.seconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${formatDate(day, lang)} ${time}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/**
 * Integer đồng: `120.000.000 ₫` in Vietnamese, `VND 120,000,000` in English. The space before ₫ is a
 * no-break space so an amount never wraps in a table cell.
 */
export function formatMoney(dong: number | undefined, lang: Lang): string {
  if (dong === undefined) return '';
  const amount = formatNumber(dong, lang);
  return lang === 'vi' ? `${amount}\u00a0₫` : `VND\u00a0${amount}`;
}

/** Digits grouped as the language writes them, for money and count inputs while typing. */
export function groupDigits(value: string | number | undefined, lang: Lang): string {
  if (value === undefined || value === '') return '';
  const digits = String(value).replace(/\D/g, '');
  if (!digits) return '';
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/** Inverse of `groupDigits`: only digits survive, so no decimal separator can sneak into đồng. */
export function ungroupDigits(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}

/** Format strings for DatePicker, matching `formatDate`. */
export function dateInputFormat(lang: Lang): string {
  return lang === 'vi' ? 'DD/MM/YYYY' : 'YYYY-MM-DD';
}

/** DatePicker value → calendar date. Uses the picked day's own fields, so no zone conversion happens. */
export function toCalendarDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** dayjs reads `YYYY-MM-DD` as local midnight of that day, which is the day the picker must show. */
export function fromCalendarDate(isoDate: string): Dayjs {
  return dayjs(isoDate);
}
