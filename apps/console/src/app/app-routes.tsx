import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginRoute, RequireSession } from './require-session';

// One chunk per section, loaded on first visit, so the first load carries only the shell.
const DashboardPage = lazy(() => import('../modules/dashboard/pages/dashboard-page'));
const TrainingRoutes = lazy(() => import('../modules/training/training-routes'));
const AidRoutes = lazy(() => import('../modules/aid/aid-routes'));
const CultureRoutes = lazy(() => import('../modules/culture/culture-routes'));
const BudgetRoutes = lazy(() => import('../modules/budget/budget-routes'));
const PlanAreaPage = lazy(() => import('../modules/dashboard/pages/plan-area-page'));
const PlanRecordsPage = lazy(() => import('../modules/dashboard/pages/plan-records-page'));
const IndicatorCataloguePage = lazy(() => import('../modules/dashboard/pages/indicator-catalogue-page'));
const YearlyReportsPage = lazy(() => import('../modules/dashboard/pages/yearly-reports-page'));
const StatusPage = lazy(() => import('../modules/status/pages/status-page'));
const UsersPage = lazy(() => import('../modules/users/pages/users-page'));
const AuditPage = lazy(() => import('../modules/audit/pages/audit-page'));
const InboxPage = lazy(() => import('../modules/inbox/pages/inbox-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const PublicAseanPage = lazy(() => import('../modules/culture/pages/public-asean-page'));
const PublicProgressPage = lazy(() => import('../modules/dashboard/pages/public-progress-page'));

/** Each department section owns its routes below its path (`modules/<section>/<section>-routes.tsx`). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginRoute />} />
      <Route
        path="public/asean"
        element={
          <Suspense fallback={null}>
            <PublicAseanPage />
          </Suspense>
        }
      />
      <Route
        path="public/plan"
        element={
          <Suspense fallback={null}>
            <PublicProgressPage />
          </Suspense>
        }
      />
      <Route element={<RequireSession />}>
        <Route index element={<DashboardPage />} />
        <Route path="training/*" element={<TrainingRoutes />} />
        <Route path="aid/*" element={<AidRoutes />} />
        <Route path="culture/*" element={<CultureRoutes />} />
        <Route path="budget/*" element={<BudgetRoutes />} />
        {/* The records behind a figure; a static segment wins over the area's `:code`. */}
        <Route path="plan/records" element={<PlanRecordsPage />} />
        <Route path="plan/indicators" element={<IndicatorCataloguePage />} />
        <Route path="plan/:code" element={<PlanAreaPage />} />
        <Route path="reports" element={<YearlyReportsPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
