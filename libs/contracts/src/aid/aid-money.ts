import BaseDecimal from 'decimal.js';

/** Enough significant digits that amount × rate is exact before it is rounded (the default is 20). */
const Decimal = BaseDecimal.clone({ precision: 64 });

/**
 * Exact money arithmetic of aid transactions: foreign amounts stay decimal strings (never floats), đồng
 * are whole numbers, and the đồng equivalent is amount × rate rounded half-up to the whole đồng.
 */

/** ISO 4217 currencies the province receives aid in (a subset of the IATI Currency codelist). */
export const CURRENCY_CODES = [
  'VND',
  'USD',
  'EUR',
  'JPY',
  'KRW',
  'GBP',
  'AUD',
  'CAD',
  'CHF',
  'CNY',
  'SGD',
  'THB',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The home currency: amounts in it are whole đồng and need no rate. */
export const HOME_CURRENCY = 'VND' satisfies CurrencyCode;

/** Digits after the decimal point each currency has (ISO 4217 minor units). */
export const MINOR_UNITS: Record<CurrencyCode, number> = {
  VND: 0,
  USD: 2,
  EUR: 2,
  JPY: 0,
  KRW: 0,
  GBP: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  SGD: 2,
  THB: 2,
  NZD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
};

/** A non-negative decimal written with a dot: `1250000`, `1250.5`. No exponent, no sign, no grouping. */
export const DECIMAL_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,6})?$/;

/** How many digits a decimal string has after its point. */
export function fractionDigits(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * The đồng equivalent of `amount` in `currency` at `exchangeRate` (đồng per unit), rounded half-up to
 * the whole đồng. In đồng itself the amount is taken as it is and the rate is ignored.
 */
export function dongEquivalent(amount: string, currency: CurrencyCode, exchangeRate?: string): number {
  const value = new Decimal(amount);
  if (currency === HOME_CURRENCY) return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  if (exchangeRate === undefined) throw new RangeError(`A ${currency} amount needs an exchange rate`);
  return value.times(new Decimal(exchangeRate)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** The same, for a live preview: undefined while the inputs are not (yet) valid numbers. */
export function tryDongEquivalent(
  amount: string | undefined,
  currency: CurrencyCode | undefined,
  exchangeRate: string | undefined,
): number | undefined {
  if (!amount || !currency || !DECIMAL_PATTERN.test(amount)) return undefined;
  if (currency !== HOME_CURRENCY && (!exchangeRate || !DECIMAL_PATTERN.test(exchangeRate))) return undefined;
  return dongEquivalent(amount, currency, exchangeRate);
}

/** A part of a whole as a percentage with one decimal (half-up), or null when the whole is nothing. */
export function sharePercent(part: number | string | bigint, whole: number | string | bigint): number | null {
  const w = new Decimal(String(whole));
  if (w.lte(0)) return null;
  return new Decimal(String(part))
    .times(100)
    .dividedBy(w)
    .toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
    .toNumber();
}

/** The exact đồng equivalent as a bigint (any size), for checking it against `MAX_AMOUNT`. */
export function dongEquivalentExact(amount: string, currency: CurrencyCode, exchangeRate?: string): bigint {
  const value = new Decimal(amount);
  const dong = currency === HOME_CURRENCY ? value : value.times(new Decimal(exchangeRate ?? '0'));
  return BigInt(dong.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/**
 * Rounds a sum of (đồng × percentage × percentage) products, as the report's SQL returns it (an exact
 * integer written as text), back to whole đồng, half-up: the split amounts of a report.
 */
export function splitToDong(productSum: string | number | null | undefined, scale = 10_000): number {
  if (productSum === null || productSum === undefined || productSum === '') return 0;
  return new Decimal(String(productSum))
    .dividedBy(scale)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}
