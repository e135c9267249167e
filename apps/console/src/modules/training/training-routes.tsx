import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import TrainingCoursesPage from './pages/training-courses-page';

const TrainingCourseDrawer = lazy(() => import('./components/training-course-drawer'));

/**
 * The training section's own routes, under `/training`: the app loads this module when the section is first
 * visited. A record opens in a drawer over its list, at `/training/<id>`, so a link reproduces both.
 */
export default function TrainingRoutes() {
  return (
    <Routes>
      <Route element={<TrainingCoursesPage />}>
        <Route index element={null} />
        <Route path=":id" element={<TrainingCourseDrawer />} />
      </Route>
    </Routes>
  );
}
