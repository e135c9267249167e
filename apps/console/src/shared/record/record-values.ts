import {
  type Lang,
  agencyLabel,
  countryLabel,
  districtLabel,
  fundingSourceLabel,
  planAreaLabel,
} from '@ascc/catalog';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../format/format';
import { isMessageKey, type Translate } from '../../i18n/translate';

/**
 * How each field of a record reads, in its details and in its history: the history holds raw values
 * (codes, integers, ISO dates), and the reader should see them as the lists show them.
 */
export interface RecordField {
  name: string;
  label: string;
  format?: (value: unknown) => ReactNode;
}

/** Any value with no formatter of its own: lists joined, yes/no, and "(empty)" rather than nothing. */
export function formatPlainValue(value: unknown, t: Translate): ReactNode {
  if (value === undefined || value === null || value === '') return t('app.empty');
  if (typeof value === 'boolean') return value ? t('app.yes') : t('app.no');
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : t('app.empty');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A field's label from the dictionary when it has one (`field.<name>`), else its name as stored. */
export function fieldLabel(name: string, t: Translate): string {
  const key = `field.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

/** Formatters for the values the four departments share. Each falls back to the plain form for odd data. */
export const recordValue = {
  agency: (lang: Lang) => (value: unknown) => agencyLabel(String(value), lang),
  planArea: (lang: Lang) => (value: unknown) => `${String(value)} · ${planAreaLabel(String(value), lang)}`,
  country: (lang: Lang) => (value: unknown) => countryLabel(String(value), lang),
  countries: (lang: Lang) => (value: unknown) =>
    Array.isArray(value) ? value.map((code) => countryLabel(String(code), lang)).join(', ') : String(value),
  district: (lang: Lang) => (value: unknown) => (value ? districtLabel(String(value), lang) : ''),
  fundingSource: (lang: Lang) => (value: unknown) => fundingSourceLabel(String(value), lang),
  date: (lang: Lang) => (value: unknown) => formatDate(String(value), lang),
  dateTime: (lang: Lang) => (value: unknown) => formatDateTime(String(value), lang),
  money: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' ? formatMoney(value, lang) : String(value),
  count: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, lang) : String(value),
  /** An enum value through its dictionary entry `<prefix>.<value>`. */
  option: (t: Translate, prefix: string) => (value: unknown) => {
    const key = `${prefix}.${String(value)}`;
    return isMessageKey(key) ? t(key) : String(value);
  },
};
