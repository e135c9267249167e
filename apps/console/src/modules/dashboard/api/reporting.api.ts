import {
  type AreaQuery,
  type CreateIndicator,
  type IndicatorProgressQuery,
  type ListIndicators,
  type UpdateIndicator,
  type CreateYearlyReport,
  type DashboardQuery,
  type ListYearlyReports,
  REPORTING_ROUTES as R,
  type REPORT_FORMATS,
  type ReviewKindCode,
  type ReviewYearlyReport,
  type UpdateYearlyReport,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

export const reportingKeys = {
  all: ['reporting'] as const,
  dashboard: (query: DashboardQuery) => [...reportingKeys.all, 'dashboard', query] as const,
  area: (query: AreaQuery) => [...reportingKeys.all, 'area', query] as const,
};

/** The province report and the frozen reviews export as a workbook, a Word document or a PDF. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function getDashboard(query: DashboardQuery, signal?: AbortSignal) {
  return callRoute(R.dashboard, query, { signal });
}

export function getAreaFigures(query: AreaQuery, signal?: AbortSignal) {
  return callRoute(R.area, query, { signal });
}

export const yearlyReportKeys = {
  /** The reports' queries, the overview and each report's history (`useYearlyReportHistory`). */
  all: routeScope(R.reportList),
  list: (query: ListYearlyReports) => [...yearlyReportKeys.all, 'list', query] as const,
  overview: (year: number) => [...yearlyReportKeys.all, 'overview', year] as const,
};

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

export const indicatorKeys = {
  /** The catalogue's and the progress's queries: a change to the catalogue refreshes both. */
  all: ['reporting', 'indicators'] as const,
  list: (query: ListIndicators) => [...indicatorKeys.all, 'list', query] as const,
  progress: (query: IndicatorProgressQuery) => [...indicatorKeys.all, 'progress', query] as const,
};

export function listIndicators(query: ListIndicators, signal?: AbortSignal) {
  return callRoute(R.indicatorList, query, { signal });
}

export function getIndicatorProgress(query: IndicatorProgressQuery, signal?: AbortSignal) {
  return callRoute(R.indicatorProgress, query, { signal });
}

export function createIndicator(message: CreateIndicator) {
  return callRoute(R.indicatorCreate, message);
}

export function updateIndicator(message: UpdateIndicator) {
  return callRoute(R.indicatorUpdate, message);
}

export function deleteIndicator(message: { id: string; version: number }) {
  return callRoute(R.indicatorDelete, message);
}
