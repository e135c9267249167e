import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import CulturalEventsPage from './pages/cultural-events-page';

const CulturalEventDrawer = lazy(() => import('./components/cultural-event-drawer'));

/**
 * The culture section's own routes, under `/culture`: the app loads this module when the section is first
 * visited. A record opens in a drawer over its list, at `/culture/<id>`, so a link reproduces both.
 */
export default function CultureRoutes() {
  return (
    <Routes>
      <Route element={<CulturalEventsPage />}>
        <Route index element={null} />
        <Route path=":id" element={<CulturalEventDrawer />} />
      </Route>
    </Routes>
  );
}
