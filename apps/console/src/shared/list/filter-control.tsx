import { DatePicker, Select } from 'antd';
import { dateInputFormats, fromCalendarDate, toCalendarDate } from '../../format/format';
import { useLang, useT } from '../../i18n/language';
import type { ListFilter } from './list-types';
import { TextFilter } from './text-filter';

/** One filter of a list, by its kind: a select, a text box or a date range; a fixed value is shown but locked. */
export function FilterControl({
  filter,
  values,
  fixed,
  onChange,
}: {
  filter: ListFilter;
  values: Record<string, unknown>;
  fixed: boolean;
  onChange: (patch: Record<string, unknown>) => void;
}) {
  const t = useT();
  const lang = useLang();
  const text = (name: string) => (values[name] === undefined ? undefined : String(values[name]));
  if (filter.kind === 'text') {
    return (
      <TextFilter
        label={filter.label}
        testId={`filter-${filter.name}`}
        value={text(filter.name) ?? ''}
        onApply={(value) => onChange({ [filter.name]: value || undefined })}
      />
    );
  }
  if (filter.kind === 'dateRange') {
    const from = text(filter.name);
    const to = text(filter.to);
    return (
      <DatePicker.RangePicker
        data-testid={`filter-${filter.name}`}
        aria-label={filter.label}
        format={dateInputFormats(lang)}
        placeholder={[filter.label, filter.toLabel]}
        allowEmpty={[true, true]}
        value={[from ? fromCalendarDate(from) : null, to ? fromCalendarDate(to) : null]}
        onChange={(dates) =>
          onChange({
            [filter.name]: dates?.[0] ? toCalendarDate(dates[0]) : undefined,
            [filter.to]: dates?.[1] ? toCalendarDate(dates[1]) : undefined,
          })
        }
      />
    );
  }
  return (
    <Select
      aria-label={filter.label}
      data-testid={`filter-${filter.name}`}
      placeholder={t('list.filterAll', { label: filter.label })}
      allowClear={!fixed && !filter.required}
      disabled={fixed}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, maxWidth: '100%' }}
      value={text(filter.name)}
      options={filter.options}
      onChange={(value?: string) => onChange({ [filter.name]: value })}
    />
  );
}
