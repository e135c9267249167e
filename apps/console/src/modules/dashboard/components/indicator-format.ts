import type { Lang } from '@ascc/catalog';
import type { IndicatorComputation, IndicatorStatus, IndicatorUnit, PlanRecordKind } from '@ascc/contracts';
import { formatMoney, formatNumber } from '../../../format/format';
import { type RecordsLink, recordsUrl } from '../records-link';

export const INDICATOR_STATUS_COLOR: Record<IndicatorStatus, string> = {
  'on-track': 'green',
  'at-risk': 'gold',
  'off-track': 'red',
  'no-data': 'default',
};

/** An indicator's value in its unit: money exactly (a DongTotal string), a percentage with its sign. */
export function formatIndicatorValue(value: number | string, unit: IndicatorUnit, lang: Lang): string {
  if (unit === 'dong') return formatMoney(value, lang);
  const shown = formatNumber(Number(value), lang);
  return unit === 'percent' ? `${shown} %` : shown;
}

/** The read model's records behind a computed value of `year`: the same filters the value is summed by. */
export function indicatorRecordsLink(c: IndicatorComputation, year: number): string {
  const kinds: Record<IndicatorComputation['metric'], PlanRecordKind> = {
    'people-trained': 'course',
    'courses-completed': 'course',
    exchanges: 'event',
    'exchange-participants': 'event',
    'aid-committed': 'aid-project',
    'aid-disbursed': 'aid-project',
    'budget-approved': 'budget-line',
  };
  const link: RecordsLink = { kind: kinds[c.metric], year };
  if (c.planArea) link.planArea = c.planArea;
  if (c.level) link.level = c.level;
  if (c.countryCode) link.countryCode = c.countryCode;
  return recordsUrl(link);
}
