import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import NgosPage from './pages/ngos-page';

const NgoDrawer = lazy(() => import('./components/ngo-drawer'));

/**
 * The aid section's own routes, under `/aid`: the app loads this module when the section is first
 * visited. A record opens in a drawer over its list, at `/aid/<id>`, so a link reproduces both.
 */
export default function AidRoutes() {
  return (
    <Routes>
      <Route element={<NgosPage />}>
        <Route index element={null} />
        <Route path=":id" element={<NgoDrawer />} />
      </Route>
    </Routes>
  );
}
