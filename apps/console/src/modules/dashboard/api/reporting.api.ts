import {
  type AreaQuery,
  type CreateYearlyReport,
  type DashboardQuery,
  type ListYearlyReports,
  REPORTING_ROUTES as R,
  type ReviewKindCode,
  type ReviewYearlyReport,
  type UpdateYearlyReport,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';

export const reportingKeys = {
  all: ['reporting'] as const,
  dashboard: (query: DashboardQuery) => [...reportingKeys.all, 'dashboard', query] as const,
  area: (query: AreaQuery) => [...reportingKeys.all, 'area', query] as const,
};

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

export function exportProvinceReport(year: number, format: 'xlsx' | 'pdf' = 'xlsx') {
  return downloadRoute(R.provinceExport, { year, format });
}

export const reviewKeys = { all: ['reporting', 'reviews'] as const };

export function listReviews(signal?: AbortSignal) {
  return callRoute(R.reviewList, {}, { signal });
}

export function freezeReview(kind: ReviewKindCode) {
  return callRoute(R.reviewFreeze, { kind });
}

export function exportReview(id: string, format: 'xlsx' | 'pdf') {
  return downloadRoute(R.reviewExport, { id, format });
}
