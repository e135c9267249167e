import {
  AGENCIES,
  COUNTRIES,
  DISTRICTS,
  FUNDING_SOURCES,
  PLAN_AREAS,
  type Lang,
  pickLabel,
  planAreaLabel,
} from '@ascc/catalog';
import { DatePicker, Input, Select, Typography } from 'antd';
import type { DatePickerProps, InputProps, SelectProps } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { dateInputFormats, formatDate, formatDecimal, readNumber } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import type { Translate } from '../../i18n/translate';
import { matchesFolded } from '../text';
import { type UnreadableNumber, isUnreadableNumber } from './form-values';

/**
 * Controls for the forms and filters, fed by the catalog and the contracts' enums. Each takes antd's own
 * props, so `Form.Item` can pass value/onChange through unchanged.
 */

export interface Option {
  value: string;
  label: string;
}

type SelectControlProps = Omit<SelectProps, 'options'>;

/** Searching ignores diacritics and also matches codes, e.g. "snv" or "so noi vu". */
const searchable: SelectProps['showSearch'] = {
  filterOption: (input, option) =>
    matchesFolded(`${String(option?.label ?? '')} ${String(option?.value ?? '')}`, input),
};

export function enumOptions<V extends string>(values: readonly V[], labelOf: (value: V) => string): Option[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

export function agencyOptions(lang: Lang, t: Translate): Option[] {
  return AGENCIES.map((agency) => {
    const name = pickLabel(agency, lang);
    // Ended agencies stay choosable: a record keeps the agency it was made under.
    const label = agency.validTo
      ? t('form.endedAgency', { name, date: formatDate(agency.validTo, lang) })
      : name;
    return { value: agency.code, label };
  });
}

export function planAreaOptions(lang: Lang): Option[] {
  return PLAN_AREAS.map((area) => ({
    value: area.code,
    label: `${area.code} · ${planAreaLabel(area.code, lang)}`,
  }));
}

export function countryOptions(lang: Lang): Option[] {
  return COUNTRIES.map((country) => ({ value: country.code, label: pickLabel(country, lang) }));
}

export function districtOptions(lang: Lang): Option[] {
  return DISTRICTS.map((district) => ({ value: district.code, label: pickLabel(district, lang) }));
}

export function fundingSourceOptions(lang: Lang): Option[] {
  return FUNDING_SOURCES.map((source) => ({ value: source.code, label: pickLabel(source, lang) }));
}

export function EnumSelect<V extends string>({
  values,
  labelOf,
  ...props
}: SelectControlProps & { values: readonly V[]; labelOf: (value: V) => string }) {
  return <Select showSearch={searchable} {...props} options={enumOptions(values, labelOf)} />;
}

/**
 * `only` limits the choice to one agency, for a user who may act for their own agency alone; the select
 * then shows it without offering others the server would refuse.
 */
export function AgencySelect({ only, ...props }: SelectControlProps & { only?: string }) {
  const lang = useLang();
  const t = useT();
  const options = agencyOptions(lang, t);
  if (only === undefined) return <Select showSearch={searchable} {...props} options={options} />;
  return <Select {...props} disabled options={options.filter((option) => option.value === only)} />;
}

export function PlanAreaSelect(props: SelectControlProps) {
  return <Select showSearch={searchable} {...props} options={planAreaOptions(useLang())} />;
}

export function CountrySelect(props: SelectControlProps) {
  return <Select showSearch={searchable} {...props} options={countryOptions(useLang())} />;
}

export function DistrictSelect(props: SelectControlProps) {
  return <Select showSearch={searchable} {...props} options={districtOptions(useLang())} />;
}

/**
 * A calendar day typed or picked as dd/mm/yyyy, in both languages; `17/05/1990`, `17/5/1990` and
 * `17-05-1990` are all read day first. The form turns it into ISO.
 */
export function DateInput(props: DatePickerProps) {
  const formats = dateInputFormats(useLang());
  return (
    <DatePicker
      format={formats}
      placeholder={formats[0].toLowerCase()}
      style={{ width: '100%' }}
      {...props}
    />
  );
}

/** What a number field gives its form: nothing, the number (or exact decimal), or text it cannot read. */
export type NumberValue = number | string | null | UnreadableNumber;

export interface NumberInputProps extends Omit<InputProps, 'value' | 'defaultValue' | 'onChange'> {
  value?: NumberValue;
  onChange?: (value: NumberValue) => void;
  /**
   * `number` (the default) gives the form a JS number; `decimal` the exact decimal string, dot-separated
   * and ungrouped (`150000`, `25350.5`), for foreign amounts and rates the contract keeps exact.
   */
  valueAs?: 'number' | 'decimal';
}

const sameNumberValue = (a: NumberValue | undefined, b: NumberValue | undefined) =>
  isUnreadableNumber(a) && isUnreadableNumber(b)
    ? a.unreadableNumber === b.unreadableNumber
    : (a ?? null) === (b ?? null);

/**
 * THE number input, for money, quantities, rates and scores: it reads what is typed by the language's
 * rule (`readNumber` in format.ts: `1.234.567,89` in Vietnamese, `1,234,567.89` in English) and shows it
 * grouped once the user leaves the field. It never rounds, clamps or drops a sign: whether the number
 * fits (a whole number, at least 0, at most 10…) is the contract's rule, refused beside the field on
 * submit; text that is no number stays as typed, outlined red, and is refused the same way.
 */
export function NumberInput({
  value,
  onChange,
  valueAs = 'number',
  onBlur,
  status,
  ...props
}: NumberInputProps) {
  const lang = useLang();
  const show = (v: NumberValue | undefined) =>
    isUnreadableNumber(v) ? v.unreadableNumber : formatDecimal(v, lang);
  const [text, setText] = useState(() => show(value));
  // The last value this input gave or was shown: a different one comes from outside (a reset, a fill).
  const shown = useRef<{ value: NumberValue | undefined; lang: typeof lang }>({ value, lang });
  useEffect(() => {
    if (sameNumberValue(shown.current.value, value) && shown.current.lang === lang) return;
    shown.current = { value, lang };
    setText(show(value));
  }, [value, lang]);

  const read = (typed: string): NumberValue => {
    const reading = readNumber(typed, lang);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'unreadable') return { unreadableNumber: reading.text };
    return valueAs === 'decimal' ? reading.decimal : Number(reading.decimal);
  };
  const reading = readNumber(text, lang);
  // Red only once the user has left the field: `1.2` is on its way to `1.234` while typing.
  const [typing, setTyping] = useState(false);

  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      style={{ width: '100%' }}
      {...props}
      status={status ?? (reading.kind === 'unreadable' && !typing ? 'error' : undefined)}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        const next = read(typed);
        setText(typed);
        setTyping(true);
        shown.current = { value: next, lang };
        onChange?.(next);
      }}
      onBlur={(event) => {
        if (reading.kind === 'number') setText(formatDecimal(reading.decimal, lang));
        setTyping(false);
        onBlur?.(event);
      }}
    />
  );
}

/** Whole numbers (counts, quantities, đồng): a fraction typed is kept and refused by the contract. */
export function WholeNumberInput(props: NumberInputProps) {
  return <NumberInput {...props} />;
}

/** Decimals: scores (`8,5`), rates, foreign amounts (with `valueAs="decimal"` to keep them exact). */
export function DecimalInput(props: NumberInputProps) {
  return <NumberInput {...props} />;
}

/** Money in integer đồng. */
export function MoneyInput(props: NumberInputProps) {
  return <NumberInput suffix="₫" {...props} />;
}

/**
 * A number outside a form (a table's cell: a line's unit cost, a trainee's score), with the message its
 * check gives (`numberFieldError`) standing under it, beside the value it is about.
 */
export function CellNumberInput({
  error,
  onFocus,
  onBlur,
  ...props
}: NumberInputProps & { error?: ReactNode }) {
  // Judged once the user leaves the cell, as a form judges on submit: `8,` is on its way to `8,5`.
  const [focused, setFocused] = useState(false);
  const shown = focused ? undefined : error;
  return (
    <div data-testid="number-cell">
      <NumberInput
        {...props}
        status={shown ? 'error' : props.status}
        onFocus={(event) => {
          setFocused(true);
          onFocus?.(event);
        }}
        onBlur={(event) => {
          setFocused(false);
          onBlur?.(event);
        }}
      />
      {shown && (
        <Typography.Text type="danger" role="alert" data-testid="number-error" style={{ fontSize: 12 }}>
          {shown}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * A year: four digits and no grouping, since "2.025" would read as a number, not a year. Anything else
 * typed stays as typed and is handed on as unreadable (a form refuses it; a filter ignores it until the
 * year is whole), never clamped to a bound.
 */
export function YearInput({ value, onChange, valueAs: _valueAs, ...props }: NumberInputProps) {
  const yearText = (v: NumberValue | undefined) =>
    isUnreadableNumber(v) ? v.unreadableNumber : v === null || v === undefined ? '' : String(v);
  const [text, setText] = useState(() => yearText(value));
  // The last value given or handed on: a different one comes from outside (a reset, the address).
  const given = useRef(value);
  useEffect(() => {
    if (sameNumberValue(given.current, value)) return;
    given.current = value;
    setText(yearText(value));
  }, [value]);
  return (
    <Input
      inputMode="numeric"
      autoComplete="off"
      maxLength={4}
      style={{ width: '100%' }}
      {...props}
      value={text}
      onChange={(event) => {
        const typed = event.target.value.trim();
        const next = !typed ? null : /^\d{4}$/.test(typed) ? Number(typed) : { unreadableNumber: typed };
        setText(event.target.value);
        given.current = next;
        onChange?.(next);
      }}
    />
  );
}
