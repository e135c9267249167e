import { type Lang, agencyLabel } from '@ascc/catalog';
import type { YearlyReport } from '@ascc/contracts';
import { shareText } from './dashboard-figures';

/** The colour of each yearly report status, the same in the list and in the report read in full. */
export const REPORT_STATUS_COLOR = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'warning',
} as const;

/** A report's title in its dialogs: agency · plan area · year. */
export const reportTitle = (r: Pick<YearlyReport, 'agencyCode' | 'planArea' | 'year'>, lang: Lang) =>
  `${agencyLabel(r.agencyCode, lang)} · ${r.planArea} · ${r.year}`;

/** The share of reports in on time, as a percentage to one decimal, or a dash before any is due. */
export const onTimeRateText = (rate: number | null, lang: Lang) =>
  rate === null ? '—' : shareText(rate, lang);
