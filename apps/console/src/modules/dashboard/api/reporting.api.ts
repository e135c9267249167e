import {
  type AreaQuery,
  type CreateYearlyReport,
  type DashboardQuery,
  type ListYearlyReports,
  type PlanRecordsQuery,
  REPORTING_ROUTES as R,
  type REPORT_FORMATS,
  type ReviewKindCode,
  type ReviewYearlyReport,
  type UpdateYearlyReport,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';

export const reportingKeys = {
  all: ['reporting'] as const,
  dashboard: (query: DashboardQuery) => [...reportingKeys.all, 'dashboard', query] as const,
  area: (query: AreaQuery) => [...reportingKeys.all, 'area', query] as const,
  records: (query: PlanRecordsQuery) => [...reportingKeys.all, 'records', query] as const,
};

/** The province report and the frozen reviews export as a workbook, a Word document or a PDF. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The records behind a figure, with the totals of all of them (not only the page). */
export function listPlanRecords(query: PlanRecordsQuery, signal?: AbortSignal) {
  return callRoute(R.records, query, { signal });
}

export function getDashboard(query: DashboardQuery, signal?: AbortSignal) {
  return callRoute(R.dashboard, query, { signal });
}

export function getAreaFigures(query: AreaQuery, signal?: AbortSignal) {
  return callRoute(R.area, query, { signal });
}

export const yearlyReportKeys = {
  all: ['reporting', 'reports'] as const,
  list: (query: ListYearlyReports) => [...yearlyReportKeys.all, 'list', query] as const,
  overview: (year: number) => [...yearlyReportKeys.all, 'overview', year] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...yearlyReportKeys.all, 'history', id, page, pageSize] as const,
};

/** Who started, edited, submitted and reviewed a report, newest first. */
export function getYearlyReportHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(R.reportHistory, { id, page, pageSize }, { signal });
}

export function listYearlyReports(query: ListYearlyReports, signal?: AbortSignal) {
  return callRoute(R.reportList, query, { signal });
}

export function getReportingOverview(year: number, signal?: AbortSignal) {
  return callRoute(R.overview, { year }, { signal });
}

export function createYearlyReport(message: CreateYearlyReport) {
  return callRoute(R.reportCreate, message);
}

export function updateYearlyReport(message: UpdateYearlyReport) {
  return callRoute(R.reportUpdate, message);
}

export function submitYearlyReport(message: { id: string; version: number }) {
  return callRoute(R.reportSubmit, message);
}

export function reviewYearlyReport(message: ReviewYearlyReport) {
  return callRoute(R.reportReview, message);
}

export function exportProvinceReport(year: number, format: ReportFormat = 'xlsx') {
  return downloadRoute(R.provinceExport, { year, format });
}

export const reviewKeys = { all: ['reporting', 'reviews'] as const };

export function listReviews(signal?: AbortSignal) {
  return callRoute(R.reviewList, {}, { signal });
}

export function freezeReview(kind: ReviewKindCode) {
  return callRoute(R.reviewFreeze, { kind });
}

export function exportReview(id: string, format: ReportFormat) {
  return downloadRoute(R.reviewExport, { id, format });
}
