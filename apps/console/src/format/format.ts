import type { Lang } from '@ascc/catalog';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * The one place dates, numbers and money become text. Calendar dates are `YYYY-MM-DD` strings and are
 * only ever re-arranged as text: going through `Date` would shift them a day in time zones west of UTC.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * dd/mm/yyyy in both languages (the province's offices write dates so in English too). A full ISO
 * timestamp shows its calendar day as written (`2025-07-01T…` → 01/07/2025); anything else as it came.
 */
export function formatDate(isoDate: string | undefined, _lang: Lang): string {
  if (!isoDate) return '';
  const match = CALENDAR_DATE.exec(isoDate.slice(0, 10));
  if (!match || (isoDate.length > 10 && isoDate[10] !== 'T')) return isoDate;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
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

/*
 * Numbers as officials type them. THE RULE, the same in every field:
 *
 * - Vietnamese: `.` only ever separates groups of three digits and `,` only ever starts the decimals:
 *   `1.234.567,89`, `25.350` (twenty-five thousand three hundred and fifty), `8,5`.
 * - English: the reverse, `,` groups and `.` starts the decimals: `1,234,567.89`, `25,350`, `8.5`.
 * - Groups are optional (`1234567` is fine) but, when written, regular: one to three digits, then groups
 *   of exactly three. A minus sign in front makes a negative number; spaces around the number are ignored.
 *
 * Anything else is not a number as written in that language and is refused, never guessed at: `8.5` in
 * Vietnamese or `8,5` in English (a group of one digit), `1.2.3`, `12abc`, two decimal separators. Nothing
 * is rounded, clamped or sign-stripped here: whether the number fits the field is the contract's rule.
 */

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NUMBER_GRAMMAR: Record<Lang, RegExp> = Object.fromEntries(
  (['vi', 'en'] as const).map((lang) => {
    const group = escapeRegExp(SEPARATORS[lang].group);
    const decimal = escapeRegExp(SEPARATORS[lang].decimal);
    return [lang, new RegExp(`^([-\u2212])?(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?$`)];
  }),
) as Record<Lang, RegExp>;

/** What a number field holds: nothing, a number (as an exact decimal string), or text that is none. */
export type NumberReading =
  | { kind: 'empty' }
  /** `decimal`: plain, exact and dot-decimal, no leading zeros nor signed zero: `-1234567.89`, `25350`, `8.5`. */
  | { kind: 'number'; decimal: string }
  | { kind: 'unreadable'; text: string };

/** Reads text typed in `lang` by the rule above; never rounds, clamps or drops a sign. */
export function readNumber(text: string | undefined, lang: Lang): NumberReading {
  const typed = (text ?? '').trim();
  if (!typed) return { kind: 'empty' };
  const match = NUMBER_GRAMMAR[lang].exec(typed);
  if (!match) return { kind: 'unreadable', text: typed };
  const [, minus, whole, fraction] = match;
  const digits = whole
    .split(SEPARATORS[lang].group)
    .join('')
    .replace(/^0+(?=\d)/, '');
  const decimal = fraction === undefined ? digits : `${digits}.${fraction}`;
  const isZero = /^[0.]+$/.test(decimal);
  return { kind: 'number', decimal: minus && !isZero ? `-${decimal}` : decimal };
}

/** A JS number as a plain decimal string, never in exponent notation (`1e21`, `1e-7`). */
export function numberToDecimal(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * A number as the language writes it, digits grouped in threes: `1234567.89` → `1.234.567,89` (vi),
 * `1,234,567.89` (en). A decimal string keeps exactly its own fraction digits (`30000.50` → `30.000,50`),
 * so an exact amount is shown as it is stored; text that is no decimal is shown as it came.
 */
export function formatDecimal(value: string | number | undefined | null, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  const decimal = typeof value === 'number' ? numberToDecimal(value) : value;
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const [, minus = '', whole, fraction] = match;
  const { group, decimal: point } = SEPARATORS[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${minus}${grouped}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

/**
 * Integer đồng: `120.000.000 ₫` in Vietnamese, `VND 120,000,000` in English. The space before ₫ is a
 * no-break space so an amount never wraps in a table cell.
 */
export function formatMoney(dong: number | string | bigint | undefined | null, lang: Lang): string {
  if (dong === undefined || dong === null || dong === '') return '';
  // A total comes as a string of whole đồng (DongTotal), exact past 2^53: grouped digit by digit.
  const amount = formatDecimal(typeof dong === 'bigint' ? dong.toString() : dong, lang);
  return lang === 'vi' ? `${amount}\u00a0₫` : `VND\u00a0${amount}`;
}

/** Format strings for DatePicker, matching `formatDate`: dd/mm/yyyy in both languages. */
export function dateInputFormat(_lang: Lang): string {
  return 'DD/MM/YYYY';
}

/**
 * What a date field accepts when typed: `17/05/1990` as shown, also without leading zeros (`7/5/1990`)
 * and with dashes or dots (`17-05-1990`, `17.05.1990`), always day first. The first is what it shows.
 */
export function dateInputFormats(lang: Lang): string[] {
  return [dateInputFormat(lang), 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D.M.YYYY'];
}

/** DatePicker value → calendar date. Uses the picked day's own fields, so no zone conversion happens. */
export function toCalendarDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** dayjs reads `YYYY-MM-DD` as local midnight of that day, which is the day the picker must show. */
export function fromCalendarDate(isoDate: string): Dayjs {
  return dayjs(isoDate);
}
