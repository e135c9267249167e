import { type CreateTrainingCourse, type ListTrainingCourses, TRAINING_ROUTES } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const trainingCourseKeys = {
  all: ['training', 'courses'] as const,
  list: (query: ListTrainingCourses) => [...trainingCourseKeys.all, 'list', query] as const,
};

export function listTrainingCourses(query: ListTrainingCourses, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseList, query, { signal });
}

export function createTrainingCourse(course: CreateTrainingCourse) {
  return callRoute(TRAINING_ROUTES.courseCreate, course);
}
