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
import { DatePicker, InputNumber, Select } from 'antd';
import type { DatePickerProps, InputNumberProps, SelectProps } from 'antd';
import { dateInputFormat, formatDate, groupDigits, ungroupDigits } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import type { Translate } from '../../i18n/translate';
import { matchesFolded } from '../text';

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

export function FundingSourceSelect(props: SelectControlProps) {
  return <Select showSearch={searchable} {...props} options={fundingSourceOptions(useLang())} />;
}

/** A calendar day typed or picked as dd/mm/yyyy (yyyy-mm-dd in English); the form turns it into ISO. */
export function DateInput(props: DatePickerProps) {
  const format = dateInputFormat(useLang());
  return (
    <DatePicker format={format} placeholder={format.toLowerCase()} style={{ width: '100%' }} {...props} />
  );
}

/** Whole numbers with grouped digits; the parser keeps digits only, so no fraction can be entered. */
export function WholeNumberInput(props: InputNumberProps) {
  const lang = useLang();
  return (
    <InputNumber
      style={{ width: '100%' }}
      formatter={(value) => groupDigits(value, lang)}
      parser={(text) => ungroupDigits(text)}
      {...props}
    />
  );
}

/** Money in integer đồng. */
export function MoneyInput(props: InputNumberProps) {
  return <WholeNumberInput suffix="₫" {...props} />;
}

/** A year: digits only and no grouping, since "2.025" would read as a number, not a year. */
export function YearInput(props: InputNumberProps) {
  return <InputNumber style={{ width: '100%' }} parser={(text) => ungroupDigits(text)} {...props} />;
}
