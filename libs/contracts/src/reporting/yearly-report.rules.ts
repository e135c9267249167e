import {
  AGENCIES,
  type PlanAreaCode,
  agenciesValidOn,
  annualReportDueDate,
  planAreasOfAgency,
  successorOn,
} from '@ascc/catalog';
import type { YearlyReportStatus } from './reporting.schema';

/**
 * The yearly report's workflow, in one place: an agency edits a draft (or a returned report) and
 * submits it; the plan coordinator accepts it or returns it with a comment.
 */
export type YearlyReportAction = 'edit' | 'submit' | 'accept' | 'return';

const ALLOWED: Record<YearlyReportAction, readonly YearlyReportStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

const RESULT: Record<Exclude<YearlyReportAction, 'edit'>, YearlyReportStatus> = {
  submit: 'submitted',
  accept: 'accepted',
  return: 'returned',
};

export function yearlyReportAllows(status: YearlyReportStatus, action: YearlyReportAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The status after `action`, or undefined when the report's status does not allow it. */
export function yearlyReportNext(
  status: YearlyReportStatus,
  action: Exclude<YearlyReportAction, 'edit'>,
): YearlyReportStatus | undefined {
  return yearlyReportAllows(status, action) ? RESULT[action] : undefined;
}

/** Submitted after the year's due date (15 December), compared as calendar dates in Viet Nam. */
export function isLateReport(year: number, submittedOn: string): boolean {
  return submittedOn > annualReportDueDate(year);
}

/**
 * Every (agency, area) pair that owes a report for `year`: agencies in being on the due date, for the
 * areas they lead or coordinate — their own, or those of the agencies whose work they carried on after
 * a reorganisation (a successor of 2025 owes the reports of the departments it took over).
 */
export function expectedReports(year: number): { agencyCode: string; planArea: PlanAreaCode }[] {
  const due = annualReportDueDate(year);
  return agenciesValidOn(due).flatMap((agency) => {
    const carried = AGENCIES.filter((a) => successorOn(a.code, due)?.code === agency.code);
    const areas = new Set(carried.flatMap((a) => planAreasOfAgency(a.code).map((area) => area.code)));
    return [...areas].sort().map((planArea) => ({ agencyCode: agency.code, planArea }));
  });
}

/** What the tally needs of a report. */
export interface TalliedReport {
  agencyCode: string;
  planArea: string;
  status: YearlyReportStatus;
  submittedAt: string | null;
  late: boolean;
}

/**
 * The year's count of reports, agreeing with its list: a report is matched to the pair that owes it by
 * its agency rolled up to the agency in force on the due date (a report filed under a department's
 * code before it merged still counts), and a report filed for a pair not on the list adds that pair
 * to those due, so "submitted" and "late" never miss a report the table shows.
 */
export function tallyYearlyReports(year: number, reports: readonly TalliedReport[]) {
  const due = annualReportDueDate(year);
  const keyOf = (agencyCode: string, planArea: string) =>
    `${successorOn(agencyCode, due)?.code ?? agencyCode}|${planArea}`;
  const isIn = (r: TalliedReport) => Boolean(r.submittedAt) && r.status !== 'draft';
  const expected = new Map(expectedReports(year).map((e) => [keyOf(e.agencyCode, e.planArea), e]));
  const inByKey = new Map<string, TalliedReport>();
  for (const r of reports) {
    const key = keyOf(r.agencyCode, r.planArea);
    if (!isIn(r)) continue;
    inByKey.set(key, r);
    if (!expected.has(key))
      expected.set(key, { agencyCode: r.agencyCode, planArea: r.planArea as PlanAreaCode });
  }
  const submitted = [...inByKey.values()];
  const late = submitted
    .filter((r) => r.late)
    .map((r) => ({ agencyCode: r.agencyCode, planArea: r.planArea, submittedAt: r.submittedAt as string }));
  const missing = [...expected.entries()].filter(([key]) => !inByKey.has(key)).map(([, e]) => e);
  return {
    expected: expected.size,
    submitted: submitted.length,
    onTime: submitted.length - late.length,
    late,
    missing,
  };
}
