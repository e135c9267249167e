import { type CreateTrainingCourse, type ListTrainingCourses, TRAINING_ROUTES } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const trainingCourseKeys = {
  all: ['training', 'courses'] as const,
  list: (query: ListTrainingCourses) => [...trainingCourseKeys.all, 'list', query] as const,
  detail: (id: string) => [...trainingCourseKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...trainingCourseKeys.all, 'history', id, page, pageSize] as const,
};

export function listTrainingCourses(query: ListTrainingCourses, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseList, query, { signal });
}

export function createTrainingCourse(course: CreateTrainingCourse) {
  return callRoute(TRAINING_ROUTES.courseCreate, course);
}

export function getTrainingCourse(id: string, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getTrainingCourseHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseHistory, { id, page, pageSize }, { signal });
}
