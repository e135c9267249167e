import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import BudgetEstimatesPage from './pages/budget-estimates-page';

const BudgetEstimateDrawer = lazy(() => import('./components/budget-estimate-drawer'));

/**
 * The budget section's own routes, under `/budget`: the app loads this module when the section is first
 * visited. A record opens in a drawer over its list, at `/budget/<id>`, so a link reproduces both.
 */
export default function BudgetRoutes() {
  return (
    <Routes>
      <Route element={<BudgetEstimatesPage />}>
        <Route index element={null} />
        <Route path=":id" element={<BudgetEstimateDrawer />} />
      </Route>
    </Routes>
  );
}
