import { PHASES, pickLabel } from '@ascc/catalog';
import { Select } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import type { Period } from '../records-link';
import '../messages';

export const PLAN_YEARS = Array.from({ length: 9 }, (_, i) => 2017 + i);

/** A period as one select value: `y2020`, `p2021-2025`, or `all` for the whole plan. */
export function periodValue(period: Period): string {
  if (period.year !== undefined) return `y${period.year}`;
  if (period.phase !== undefined) return `p${period.phase}`;
  return 'all';
}

export function periodOfValue(value: string): Period {
  if (value.startsWith('y')) return { year: Number(value.slice(1)), phase: undefined };
  if (value.startsWith('p')) return { year: undefined, phase: value.slice(1) as Period['phase'] };
  return { year: undefined, phase: undefined };
}

/** The plan's periods: the whole plan, each phase, each year (a year wins over a phase). */
export function PeriodSelect(props: {
  value: Period;
  onChange: (period: Period) => void;
  testId: string;
  minWidth?: number;
}) {
  const t = useT();
  const lang = useLang();
  const options = [
    { value: 'all', label: t('reporting.wholePlan') },
    ...PHASES.map((p) => ({ value: `p${p.code}`, label: pickLabel(p, lang) })),
    ...PLAN_YEARS.map((y) => ({ value: `y${y}`, label: t('reporting.year', { year: y }) })),
  ];
  return (
    <Select
      aria-label={t('reporting.period')}
      data-testid={props.testId}
      value={periodValue(props.value)}
      onChange={(value: string) => props.onChange(periodOfValue(value))}
      options={options}
      style={{ minWidth: props.minWidth ?? 240 }}
    />
  );
}
