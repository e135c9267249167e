import { AGENCIES, DISTRICTS } from '@ascc/catalog';
import {
  CreateTraineeSchema,
  type FieldError,
  TRAINEE_IMPORT_COLUMNS,
  TRAINEE_IMPORT_HEADERS,
  TRAINEE_IMPORT_VALUE_LABELS,
  fieldErrorsFromZod,
  type ValidationRule,
  ruleParams,
} from '@ascc/contracts';

export type ImportColumn = (typeof TRAINEE_IMPORT_COLUMNS)[number];
/** A file's row as written: each column's cell text (blank cells may be absent or empty). */
export type RawRow = Partial<Record<ImportColumn, string>>;

/** Lower case, without diacritics (đ → d) or repeated spaces: how names and labels are compared. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');

/** A problem with one cell, as a field error the console words by its rule and the column's header. */
function issue(
  path: ImportColumn,
  rule: ValidationRule,
  message: string,
  params: Record<string, unknown> = {},
): FieldError {
  return { path, code: 'custom', message, params: ruleParams(rule, params) };
}

/** Earlier spellings offices use for the enumerated columns, besides the codes and the labels. */
const VALUE_ALIASES: Record<keyof typeof TRAINEE_IMPORT_VALUE_LABELS, Record<string, string>> = {
  gender: { f: 'female', m: 'male' },
  level: { tinh: 'province', huyen: 'district', xa: 'commune' },
  group: { cb: 'cadre', cc: 'civil-servant', vc: 'public-employee' },
};

/** folded code, Vietnamese or English label, or alias → code, for each enumerated column. */
const OPTIONS = Object.fromEntries(
  Object.entries(TRAINEE_IMPORT_VALUE_LABELS).map(([column, labels]) => {
    const map = new Map<string, string>();
    for (const [code, label] of Object.entries(labels)) {
      for (const name of [code, label.vi, label.en]) map.set(fold(name), code);
    }
    for (const [alias, code] of Object.entries(VALUE_ALIASES[column as keyof typeof VALUE_ALIASES]))
      map.set(alias, code);
    return [column, map];
  }),
) as Record<keyof typeof TRAINEE_IMPORT_VALUE_LABELS, Map<string, string>>;

/** Drops the words a unit's name is often written with or without ("Huyện", "UBND", "tỉnh Thái Bình"). */
const bare = (name: string) =>
  fold(name)
    .replace(/^((uy ban nhan dan|ubnd|huyen|thanh pho|tp\.?)\s+)+/, '')
    .replace(/\s+(district|city|people's committee)$/, '')
    .replace(/\s+tinh thai binh$/, '')
    .trim();

function nameIndex(units: readonly { code: string; names: readonly string[] }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { code, names } of units) {
    index.set(fold(code), code);
    for (const name of names) {
      if (!index.has(fold(name))) index.set(fold(name), code);
      if (!index.has(bare(name))) index.set(bare(name), code);
    }
  }
  return index;
}

const AGENCY_NAMES = nameIndex(
  AGENCIES.map((a) => ({ code: a.code, names: [a.nameVi, a.nameEn, ...(a.aliasesVi ?? [])] })),
);
const DISTRICT_NAMES = nameIndex(DISTRICTS.map((d) => ({ code: d.code, names: [d.nameVi, d.nameEn] })));

/** The unit's code from its code or its Vietnamese or English name, compared without diacritics or case. */
export function unitCode(kind: 'agency' | 'district', text: string): string | undefined {
  const index = kind === 'agency' ? AGENCY_NAMES : DISTRICT_NAMES;
  return index.get(fold(text)) ?? index.get(bare(text));
}

/** Days from Excel's day 0 (30 December 1899, counting its phantom 29 February 1900) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a real calendar day, or undefined (31/02/1990). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as offices write it: dd/mm/yyyy and d/m/yyyy (also with `-` or `.`), ISO `YYYY-MM-DD`, or the
 * serial number Excel stores a date as. `invalid` for a day that does not exist or text that is no date.
 */
export function parseImportDate(text: string): string | 'invalid' {
  const value = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) ?? 'invalid';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? 'invalid';
  if (/^\d{1,5}(\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    // Day 60 is Excel's 29 February 1900, which never was; the days before it are one off.
    if (serial < 1 || serial === 60) return 'invalid';
    const date = new Date(((serial < 60 ? serial + 1 : serial) - EXCEL_EPOCH_DAYS) * 86_400_000);
    return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? 'invalid';
  }
  return 'invalid';
}

export interface ParsedTrainee {
  /** The trainee to write, when every cell of the row is acceptable. */
  trainee?: ReturnType<typeof CreateTraineeSchema.parse>;
  /** One problem per cell at most, in the columns' order. */
  issues: FieldError[];
}

/**
 * Reads one row's cells into a trainee: blank optional cells are empty, required ones say so; dates,
 * enumerated values (codes or their Vietnamese or English labels) and units (codes or names) are read
 * as offices write them; then the contract checks the whole, as for a trainee entered by hand.
 */
export function parseTraineeRow(row: RawRow): ParsedTrainee {
  const issues: FieldError[] = [];
  const input: Record<string, string> = {};
  for (const column of TRAINEE_IMPORT_COLUMNS) {
    const text = (row[column] ?? '').trim();
    if (!text) {
      if (TRAINEE_IMPORT_HEADERS[column].required)
        issues.push(issue(column, 'required', `${TRAINEE_IMPORT_HEADERS[column].en} is required`));
      continue;
    }
    if (column === 'dateOfBirth') {
      const date = parseImportDate(text);
      if (date === 'invalid')
        issues.push(issue(column, 'importDate', `${text} is not a date (dd/mm/yyyy)`, { value: text }));
      else input[column] = date;
    } else if (column === 'gender' || column === 'level' || column === 'group') {
      const code = OPTIONS[column].get(fold(text));
      if (code) input[column] = code;
      else issues.push(issue(column, 'importOption', `${text} is not one of the options`, { value: text }));
    } else if (column === 'agencyCode' || column === 'districtCode') {
      const kind = column === 'agencyCode' ? 'agency' : 'district';
      const code = unitCode(kind, text);
      if (code) input[column] = code;
      else
        issues.push(issue(column, 'importUnknownUnit', `No ${kind} is named ${text}`, { value: text, kind }));
    } else input[column] = text;
  }
  const result = CreateTraineeSchema.safeParse(input);
  // A cell already refused is not refused again by the contract (a blank gender is "required", once).
  const refused = new Set(issues.map((i) => i.path));
  const more = result.success ? [] : fieldErrorsFromZod(result.error).filter((i) => !refused.has(i.path));
  const all = [...issues, ...more].sort(
    (a, b) =>
      TRAINEE_IMPORT_COLUMNS.indexOf(a.path as ImportColumn) -
      TRAINEE_IMPORT_COLUMNS.indexOf(b.path as ImportColumn),
  );
  return result.success && !all.length ? { trainee: result.data, issues: [] } : { issues: all };
}
