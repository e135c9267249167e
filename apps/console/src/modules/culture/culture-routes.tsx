import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { CultureSection } from './components/culture-section';
import CulturalEventsPage from './pages/cultural-events-page';

const CulturalEventPage = lazy(() => import('./pages/cultural-event-page'));
const CultureCalendarPage = lazy(() => import('./pages/culture-calendar-page'));
// The reports page brings the charts (recharts): loaded only when opened.
const CultureReportsPage = lazy(() => import('./pages/culture-reports-page'));

/**
 * The culture section's own routes, under `/culture`: the event list, the calendar, the reports, and an
 * event's page at `/culture/<id>`, so a link reproduces each. Tabs switch between the three views.
 */
export default function CultureRoutes() {
  const later = (page: React.ReactNode) => <Suspense fallback={null}>{page}</Suspense>;
  return (
    <Routes>
      <Route element={<CultureSection />}>
        <Route index element={<CulturalEventsPage />} />
        <Route path="calendar" element={later(<CultureCalendarPage />)} />
        <Route path="reports" element={later(<CultureReportsPage />)} />
        <Route path=":id" element={later(<CulturalEventPage />)} />
      </Route>
    </Routes>
  );
}
