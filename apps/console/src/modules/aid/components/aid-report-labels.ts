import { type Lang, countryLabel, districtLabel, planAreaLabel, sectorLabel } from '@ascc/catalog';
import type { AidReportDimension, AidReportRow } from '@ascc/contracts';

/** How one row of the aid report is named along one dimension; `other` names the non-ASEAN donors. */
export function dimensionLabel(
  dimension: AidReportDimension,
  row: AidReportRow,
  lang: Lang,
  other: string,
): string {
  switch (dimension) {
    case 'year':
      return String(row.year);
    case 'country':
      return row.countryCode ? countryLabel(row.countryCode, lang) : '—';
    case 'asean':
      return row.asean ? 'ASEAN' : other;
    case 'sector':
      return sectorLabel(row.sectorCode ?? '', lang);
    case 'planArea':
      return `${row.planArea} · ${planAreaLabel(row.planArea ?? '', lang)}`;
    case 'district':
      return districtLabel(row.districtCode ?? '', lang);
  }
}

/** The report's rows as chart bars: named by every grouping dimension, heights from the exact totals. */
export const chartBars = (rows: readonly AidReportRow[], name: (row: AidReportRow) => string) =>
  rows.map((row) => ({
    name: name(row),
    // A bar's height only: the figures themselves are shown from the exact strings.
    committed: Number(row.committed),
    disbursed: Number(row.disbursed),
  }));
