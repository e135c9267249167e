import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AidLayout } from './components/aid-layout';
import NgosPage from './pages/ngos-page';

const NgoPage = lazy(() => import('./pages/ngo-page'));
const ProjectsPage = lazy(() => import('./pages/projects-page'));
const ProjectPage = lazy(() => import('./pages/project-page'));
const DelegationsPage = lazy(() => import('./pages/delegations-page'));
const DelegationDrawer = lazy(() => import('./components/delegation-drawer'));
const DelegationCalendarPage = lazy(() => import('./pages/delegation-calendar-page'));
// The reports page carries the chart library: loaded only when opened.
const ReportsPage = lazy(() => import('./pages/reports-page'));

/**
 * The aid section's own routes, under `/aid`, below its tabs: NGOs (`/aid`, one NGO at `/aid/<id>`),
 * projects (`/aid/projects`, one at `/aid/projects/<id>`), delegations (a record opens in a drawer over
 * the list), their calendar, and the reports.
 */
export default function AidRoutes() {
  return (
    <Routes>
      <Route element={<AidLayout />}>
        <Route index element={<NgosPage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:id" element={<ProjectPage />} />
        <Route path="delegations" element={<DelegationsPage />}>
          <Route index element={null} />
          <Route path=":id" element={<DelegationDrawer />} />
        </Route>
        <Route path="calendar" element={<DelegationCalendarPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path=":id" element={<NgoPage />} />
      </Route>
    </Routes>
  );
}
