import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginRoute, RequireSession } from './require-session';

// One chunk per section, loaded on first visit, so the first load carries only the shell.
const DashboardPage = lazy(() => import('../modules/dashboard/pages/dashboard-page'));
const TrainingCoursesPage = lazy(() => import('../modules/training/pages/training-courses-page'));
const TrainingCourseDrawer = lazy(() => import('../modules/training/components/training-course-drawer'));
const NgosPage = lazy(() => import('../modules/aid/pages/ngos-page'));
const NgoDrawer = lazy(() => import('../modules/aid/components/ngo-drawer'));
const CulturalEventsPage = lazy(() => import('../modules/culture/pages/cultural-events-page'));
const CulturalEventDrawer = lazy(() => import('../modules/culture/components/cultural-event-drawer'));
const BudgetEstimatesPage = lazy(() => import('../modules/budget/pages/budget-estimates-page'));
const BudgetEstimateDrawer = lazy(() => import('../modules/budget/components/budget-estimate-drawer'));
const StatusPage = lazy(() => import('../modules/status/pages/status-page'));
const UsersPage = lazy(() => import('../modules/users/pages/users-page'));
const AuditPage = lazy(() => import('../modules/audit/pages/audit-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

/** A record opens in a drawer over its list, at `<list>/<id>`, so a link reproduces both. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginRoute />} />
      <Route element={<RequireSession />}>
        <Route index element={<DashboardPage />} />
        <Route path="training" element={<TrainingCoursesPage />}>
          <Route path=":id" element={<TrainingCourseDrawer />} />
        </Route>
        <Route path="aid" element={<NgosPage />}>
          <Route path=":id" element={<NgoDrawer />} />
        </Route>
        <Route path="culture" element={<CulturalEventsPage />}>
          <Route path=":id" element={<CulturalEventDrawer />} />
        </Route>
        <Route path="budget" element={<BudgetEstimatesPage />}>
          <Route path=":id" element={<BudgetEstimateDrawer />} />
        </Route>
        <Route path="status" element={<StatusPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
