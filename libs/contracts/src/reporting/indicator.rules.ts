import { PLAN } from '@ascc/catalog';
import type {
  PlanIndicator,
  IndicatorProgress,
  IndicatorStatus,
  IndicatorTarget,
  IndicatorYearValue,
} from './indicator.schema';

/** How far short of the expected value an indicator may be and still be "at risk" rather than "off track". */
export const AT_RISK_TOLERANCE = 0.2;

/**
 * THE status rule (README "Indicators"), written once here for the service, the exports and the console:
 * 1. **No data**: the indicator has no target, or no value in the period.
 * 2. The latest value is judged against the target that applies to its year: the earliest target in or
 *    after that year (the mid-term 2020 target for 2018, the final 2025 one for 2023), else the last.
 * 3. The **expected** value in that year lies on the straight path from the baseline (in its year) to
 *    the target (in its year). A cumulative indicator without a baseline starts from 0 in the year
 *    before the plan (2016); any other indicator without a baseline is expected to meet its target.
 * 4. **On track**: the value is at least as good as expected (≥ when higher is better, ≤ when lower).
 *    **At risk**: short of it by at most 20% of the expected value (of 1 when that is 0).
 *    **Off track**: further short.
 */
export function indicatorStatus(
  indicator: Pick<PlanIndicator, 'direction' | 'baseline' | 'baselineYear' | 'targets'> & {
    cumulative?: boolean;
  },
  latest: { year: number; value: number } | null,
): { status: IndicatorStatus; target: IndicatorTarget | null; expected: number | null } {
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  if (!targets.length || !latest) return { status: 'no-data', target: null, expected: null };
  const target = targets.find((t) => t.year >= latest.year) ?? targets[targets.length - 1];
  const fromZero = indicator.baseline === null && indicator.cumulative;
  const expected = fromZero
    ? expectedValue(0, PLAN.firstYear - 1, target, latest.year)
    : expectedValue(indicator.baseline, indicator.baselineYear, target, latest.year);
  const shortfall = indicator.direction === 'higher' ? expected - latest.value : latest.value - expected;
  const status: IndicatorStatus =
    shortfall <= 0
      ? 'on-track'
      : shortfall <= AT_RISK_TOLERANCE * (Math.abs(expected) || 1)
        ? 'at-risk'
        : 'off-track';
  return { status, target, expected };
}

/** The straight path from the baseline to the target, in `year` (the target itself without a baseline). */
export function expectedValue(
  baseline: number | null,
  baselineYear: number | null,
  target: IndicatorTarget,
  year: number,
): number {
  if (baseline === null || baselineYear === null || target.year <= baselineYear) return target.value;
  const share = Math.min(1, Math.max(0, (year - baselineYear) / (target.year - baselineYear)));
  return baseline + (target.value - baseline) * share;
}

/**
 * An indicator's progress from its values by year (one per year; money as DongTotal strings): the
 * running totals for a cumulative indicator (from its first value, which may lie before `years`), the
 * values in `years` (null ends: unbounded), the latest of them and its status by `indicatorStatus`.
 */
export function indicatorProgress(
  indicator: PlanIndicator,
  byYear: IndicatorYearValue[],
  years: { from: number | null; to: number | null } = { from: null, to: null },
): IndicatorProgress {
  const sorted = [...byYear].sort((a, b) => a.year - b.year);
  let values = sorted;
  if (indicator.cumulative) {
    let sum = 0n;
    let float = 0;
    values = sorted.map((v) => {
      if (typeof v.value === 'string') {
        sum += BigInt(v.value);
        return { ...v, value: sum.toString() };
      }
      float += v.value;
      return { ...v, value: float };
    });
  }
  values = values.filter(
    (v) => (years.from === null || v.year >= years.from) && (years.to === null || v.year <= years.to),
  );
  const latest = values.length ? values[values.length - 1] : null;
  const judged = indicatorStatus(
    indicator,
    latest ? { year: latest.year, value: Number(latest.value) } : null,
  );
  return { indicator, values, latest, ...judged };
}
