import { type PlanAreaCode, agenciesValidOn, annualReportDueDate, planAreasOfAgency } from '@ascc/catalog';
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

/** Every (agency, area) pair that owes a report for `year`: agencies in being on the due date. */
export function expectedReports(year: number): { agencyCode: string; planArea: PlanAreaCode }[] {
  return agenciesValidOn(annualReportDueDate(year)).flatMap((agency) =>
    planAreasOfAgency(agency.code).map((area) => ({ agencyCode: agency.code, planArea: area.code })),
  );
}
