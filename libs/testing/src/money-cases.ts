import fc from 'fast-check';
import { MAX_AMOUNT, splitByWeights } from '@ascc/contracts';

/**
 * Money at the edge, for the property tests of the services that sum it. The reported case: ten
 * approved estimates of 200 lines, each total at most 10^15 đồng and exact on its own
 * (9 × (10^15 − 1) and 10^15 − 2), whose exact sum, 9 999 999 999 999 989, lies past 2^53.
 */
export const REPORTED_ESTIMATE_TOTALS: readonly number[] = [
  ...Array<number>(9).fill(MAX_AMOUNT - 1),
  MAX_AMOUNT - 2,
];
export const REPORTED_LINES_PER_ESTIMATE = 200;

/** An estimate's total and its lines, as weights its total is split by (1–200 lines). */
export interface EstimateCase {
  total: number;
  weights: number[];
  /** Percentage of each line Finance approves (the same for every line of the estimate). */
  approvedPercent: number;
}

/** An estimate of random lines whose total is often the maximum (10^15) or just below it. */
export const estimateCase: fc.Arbitrary<EstimateCase> = fc.record({
  total: fc.oneof(
    fc.constantFrom(MAX_AMOUNT, MAX_AMOUNT - 1),
    fc.integer({ min: 0, max: MAX_AMOUNT }),
    fc.integer({ min: 0, max: 1_000_000_000 }),
  ),
  weights: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 200 }),
  approvedPercent: fc.constantFrom(100, 100, 0, 37),
});

/** The reported case as estimate cases: ten estimates of 200 equal-weight lines, all approved in full. */
export const reportedEstimateCases = (): EstimateCase[] =>
  REPORTED_ESTIMATE_TOTALS.map((total) => ({
    total,
    weights: Array<number>(REPORTED_LINES_PER_ESTIMATE).fill(1),
    approvedPercent: 100,
  }));

/** An estimate case's line amounts: its total split by its weights, whole đồng adding up to it exactly. */
export const lineAmountsOf = (c: EstimateCase): number[] => splitByWeights(c.total, c.weights).map(Number);

/** What Finance approves of a line of `amount` (whole đồng, never more than the line). */
export const approvedOf = (c: EstimateCase, amount: number): number =>
  Number((BigInt(amount) * BigInt(c.approvedPercent)) / 100n);

/** Plan areas and funding sources the lines rotate through, so a year consolidates into several rows. */
export const LINE_PLAN_AREAS = ['III.5', 'III.8', 'III.3'] as const;
export const LINE_FUNDING_SOURCES = ['PROVINCIAL_BUDGET', 'SOCIALISED'] as const;

/** Ten provincial agencies, one estimate each per year. */
export const ESTIMATE_AGENCIES = [
  'SLDTBXH',
  'SKHDT',
  'STC',
  'SVHTTDL',
  'SNGV',
  'STTTT',
  'SGDDT',
  'SYT',
  'SCT',
  'STNMT',
] as const;
