import { type Lang, pickLabel } from './common';

/** The plan itself: number and date of issue, and the last year it covers. */
export const PLAN = {
  number: '38/KH-UBND',
  issuedOn: '2017-06-30',
  firstYear: 2017,
  lastYear: 2025,
} as const;

export type ReviewKind = 'mid-term' | 'final';

export interface Phase {
  readonly code: PhaseCode;
  readonly number: number;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** Section V: "Sơ kết" closes phase 1 in 2020, "Tổng kết" closes the plan in 2025 (VII.12). */
  readonly review: {
    readonly kind: ReviewKind;
    readonly year: number;
    readonly nameVi: string;
    readonly nameEn: string;
  };
}

const PHASE_DATA = [
  {
    code: 'P1',
    number: 1,
    nameVi: 'Giai đoạn 1 (2017-2020)',
    nameEn: 'Phase 1 (2017–2020)',
    fromYear: 2017,
    toYear: 2020,
    review: { kind: 'mid-term', year: 2020, nameVi: 'Sơ kết, đánh giá giữa kỳ', nameEn: 'Mid-term review' },
  },
  {
    code: 'P2',
    number: 2,
    nameVi: 'Giai đoạn 2 (2021-2025)',
    nameEn: 'Phase 2 (2021–2025)',
    fromYear: 2021,
    toYear: 2025,
    review: { kind: 'final', year: 2025, nameVi: 'Tổng kết, đánh giá cuối kỳ', nameEn: 'Final review' },
  },
] as const;

export type PhaseCode = (typeof PHASE_DATA)[number]['code'];

export const PHASES: readonly Phase[] = PHASE_DATA;

export const PHASE_CODES = PHASE_DATA.map((p) => p.code) as unknown as readonly [PhaseCode, ...PhaseCode[]];

export function findPhase(code: string): Phase | undefined {
  return PHASES.find((p) => p.code === code);
}

/** The phase a year belongs to; undefined outside 2017–2025. */
export function phaseOfYear(year: number): Phase | undefined {
  return PHASES.find((p) => p.fromYear <= year && year <= p.toYear);
}

export function phaseLabel(code: string, lang: Lang = 'vi'): string {
  const phase = findPhase(code);
  return phase ? pickLabel(phase, lang) : code;
}

/**
 * Each agency reports the year's results before 15 December (VII.12), through the Labour department
 * (after March 2025 its successor) to the People's Committee.
 */
export function annualReportDueDate(year: number): string {
  return `${year}-12-15`;
}
