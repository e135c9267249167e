import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { TrainingSection } from './components/training-section';
import TrainingCoursesPage from './pages/training-courses-page';

const TrainingCourseDrawer = lazy(() => import('./components/training-course-drawer'));
const TrainingCoursePage = lazy(() => import('./pages/training-course-page'));
const TraineesPage = lazy(() => import('./pages/trainees-page'));
const TraineeDrawer = lazy(() => import('./components/trainee-drawer'));
// recharts stays out of the first load: only the statistics page needs it.
const TrainingStatsPage = lazy(() => import('./pages/training-stats-page'));

/**
 * The training section's own routes, under `/training`: the course list (a record opens in a drawer at
 * `/training/<id>`), a course's own page at `/training/courses/<id>`, the trainee registry (a trainee opens in a drawer at `/training/trainees/<id>`) and the
 * statistics, each reachable from the section's tabs; a link reproduces any of them.
 */
export default function TrainingRoutes() {
  return (
    <Routes>
      <Route element={<TrainingSection />}>
        <Route path="courses/:id" element={<TrainingCoursePage />} />
        <Route path="trainees" element={<TraineesPage />}>
          <Route path=":id" element={<TraineeDrawer />} />
        </Route>
        <Route path="stats" element={<TrainingStatsPage />} />
        <Route element={<TrainingCoursesPage />}>
          <Route index element={null} />
          <Route path=":id" element={<TrainingCourseDrawer />} />
        </Route>
      </Route>
    </Routes>
  );
}
