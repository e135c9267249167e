import {
  type Lang,
  agencyLabel,
  countryLabel,
  districtLabel,
  fundingSourceLabel,
  planAreaLabel,
} from '@ascc/catalog';
import { type ReactNode, useMemo } from 'react';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import { isMessageKey, type Translate } from '../../i18n/translate';

/**
 * How each field of a record reads, in its details and in its history: the history holds raw values
 * (codes, integers, ISO dates, nested objects), and the reader should see them as the lists show them.
 * Each module declares its record kinds' fields once (a `RecordField[]` with the form's labels), and
 * the details, the history panel and the audit page all read that one list.
 */
export interface RecordField {
  name: string;
  label: string;
  format?: (value: unknown) => ReactNode;
  /** Stored for the machine (a parent's id), never shown in a history. */
  hidden?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Any value with no formatter of its own, as a person reads it: "(empty)", yes/no, numbers and dates
 * as the language writes them, lists joined, and an object by its values (never its keys, ids or
 * `[object Object]`).
 */
export function formatPlainValue(value: unknown, t: Translate, lang: Lang): string {
  if (value === undefined || value === null || value === '') return t('app.empty');
  if (typeof value === 'boolean') return value ? t('app.yes') : t('app.no');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value, lang);
    if (ISO_INSTANT.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => formatPlainValue(item, t, lang)).join('; ') : t('app.empty');
  }
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>)
      .filter((v) => v !== undefined && v !== null && v !== '' && !(typeof v === 'string' && UUID.test(v)))
      .map((v) => formatPlainValue(v, t, lang));
    return parts.length ? parts.join(' · ') : t('app.empty');
  }
  return String(value);
}

/**
 * A field's label: the record kind's own (`fields`), else the dictionary's `field.<name>`, else the
 * name as stored. Kinds list every field they store, so the last two are for odd, old data only.
 */
export function fieldLabel(name: string, t: Translate, fields: RecordField[] = []): string {
  const own = fields.find((field) => field.name === name);
  if (own) return own.label;
  const key = `field.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

/** A value through its field's formatter, or the plain readable form; empty values read "(empty)". */
export function formatFieldValue(
  name: string,
  value: unknown,
  fields: RecordField[],
  t: Translate,
  lang: Lang,
): ReactNode {
  if (value === undefined || value === null || value === '') return t('app.empty');
  const format = fields.find((field) => field.name === name)?.format;
  if (format) return format(value);
  // A year is a label, not a quantity: 2026, never 2.026.
  if (typeof value === 'number' && /year$/i.test(name)) return String(value);
  return formatPlainValue(value, t, lang);
}

/** The fields named, in that order, from a record kind's list (a drawer's details, say). */
export function pickFields(fields: RecordField[], names: string[]): RecordField[] {
  return names.flatMap((name) => fields.filter((field) => field.name === name));
}

/** Text of a formatted value, for joining into a line (formatters of nested items return text). */
function asText(node: ReactNode): string {
  return typeof node === 'string' || typeof node === 'number' ? String(node) : '';
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
  /** An amount (a number) or a total (a string of whole đồng, exact past 2^53), grouped with its unit. */
  money: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value))
      ? formatMoney(value, lang)
      : String(value),
  count: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, lang) : String(value),
  percent: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' ? `${formatNumber(value, lang)}%` : String(value),
  /** A score out of 10, written as the language writes decimals: `8,5/10`. */
  score: (lang: Lang) => (value: unknown) =>
    typeof value === 'number' ? `${formatNumber(value, lang)}/10` : String(value),
  /** An enum value through its dictionary entry `<prefix>.<value>`. */
  option: (t: Translate, prefix: string) => (value: unknown) => {
    const key = `${prefix}.${String(value)}`;
    return isMessageKey(key) ? t(key) : String(value);
  },
  /** A list of plain values, each through `format` (trainers, organisations, countries). */
  list:
    (t: Translate, format: (value: unknown) => ReactNode = String) =>
    (value: unknown) =>
      Array.isArray(value)
        ? value.length
          ? value.map((item) => asText(format(item)) || String(item)).join(', ')
          : t('app.empty')
        : asText(format(value)),
  /**
   * A list of nested objects (participants, sessions, troupes, trainees marked…): each item as its
   * fields' formatted values in the order the kind lists them, ` · ` between them, `; ` between items.
   * A field whose label should be read with its value (`Buổi 2`) formats itself so; one that formats
   * to nothing is left out (it is in `lead`, the text that starts each item: a person's name).
   */
  items:
    (t: Translate, lang: Lang, fields: RecordField[], lead?: (item: Record<string, unknown>) => string) =>
    (value: unknown): string => {
      const one = (item: unknown): string => {
        if (!item || typeof item !== 'object') return formatPlainValue(item, t, lang);
        const record = item as Record<string, unknown>;
        const known = fields.map((field) => field.name);
        const parts = [
          ...fields
            .filter((field) => record[field.name] !== undefined && record[field.name] !== '')
            .map((field) => asText(formatFieldValue(field.name, record[field.name], fields, t, lang))),
          ...Object.entries(record)
            .filter(([key]) => !known.includes(key))
            .map(([, v]) => (v === null || v === undefined || v === '' ? '' : formatPlainValue(v, t, lang)))
            .filter((text) => text && !UUID.test(text)),
        ].filter(Boolean);
        const first = lead?.(record);
        return first ? `${first}: ${parts.join(' · ')}` : parts.join(' · ');
      };
      if (!Array.isArray(value)) return one(value);
      return value.length ? value.map(one).join('; ') : t('app.empty');
    },
};

/** A record kind's fields, declared once per module as `(t, lang) => RecordField[]`. */
export type RecordFields = (t: Translate, lang: Lang) => RecordField[];

/** A record kind's fields in the reader's language, kept while the language stays the same. */
export function useRecordFields(fields: RecordFields): RecordField[] {
  const t = useT();
  const lang = useLang();
  return useMemo(() => fields(t, lang), [fields, t, lang]);
}
