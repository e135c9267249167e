import { Button, Result } from 'antd';
import { lazy } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/language';
import { AppLayout } from './app-layout';

// One chunk per section, loaded on first visit, so the first load carries only the shell.
const DashboardPage = lazy(() => import('../modules/dashboard/pages/dashboard-page'));
const TrainingCoursesPage = lazy(() => import('../modules/training/pages/training-courses-page'));
const NgosPage = lazy(() => import('../modules/aid/pages/ngos-page'));
const CulturalEventsPage = lazy(() => import('../modules/culture/pages/cultural-events-page'));
const BudgetEstimatesPage = lazy(() => import('../modules/budget/pages/budget-estimates-page'));
const StatusPage = lazy(() => import('../modules/status/pages/status-page'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="training" element={<TrainingCoursesPage />} />
        <Route path="aid" element={<NgosPage />} />
        <Route path="culture" element={<CulturalEventsPage />} />
        <Route path="budget" element={<BudgetEstimatesPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}
