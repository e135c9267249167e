import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import BudgetEstimatesPage from './pages/budget-estimates-page';

const BudgetEstimateDrawer = lazy(() => import('./components/budget-estimate-drawer'));
// recharts is heavy: the consolidation page is its own lazy chunk.
const BudgetConsolidationPage = lazy(() => import('./pages/budget-consolidation-page'));

/**
 * The budget section's own routes, under `/budget`: the estimates (a record opens over its list at
 * `/budget/<id>`: lines, review, versions) and Finance's consolidation of a year.
 */
export default function BudgetRoutes() {
  return (
    <Routes>
      <Route path="consolidation" element={<BudgetConsolidationPage />} />
      <Route element={<BudgetEstimatesPage />}>
        <Route index element={null} />
        <Route path=":id" element={<BudgetEstimateDrawer />} />
      </Route>
    </Routes>
  );
}
