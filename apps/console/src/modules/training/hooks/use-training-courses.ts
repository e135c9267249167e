import type { ListTrainingCourses } from '@ascc/contracts';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  createTrainingCourse,
  getTrainingCourse,
  getTrainingCourseHistory,
  listTrainingCourses,
  trainingCourseKeys,
} from '../api/training-courses.api';

export function useTrainingCourses(query: ListTrainingCourses) {
  return usePageQuery(trainingCourseKeys.list(query), (signal) => listTrainingCourses(query, signal));
}

export function useCreateTrainingCourse() {
  return useCreateMutation(createTrainingCourse, trainingCourseKeys.all);
}

export function useTrainingCourse(id: string) {
  return useRecordQuery(trainingCourseKeys.detail(id), (signal) => getTrainingCourse(id, signal));
}

export function useTrainingCourseHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(trainingCourseKeys.history(id, page, pageSize), (signal) =>
    getTrainingCourseHistory(id, page, pageSize, signal),
  );
}
