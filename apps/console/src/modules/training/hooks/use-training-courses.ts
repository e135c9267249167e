import type { ListTrainingCourses } from '@ascc/contracts';
import { useCreateMutation, usePageQuery } from '../../../shared/resource-hooks';
import { createTrainingCourse, listTrainingCourses, trainingCourseKeys } from '../api/training-courses.api';

export function useTrainingCourses(query: ListTrainingCourses) {
  return usePageQuery(trainingCourseKeys.list(query), (signal) => listTrainingCourses(query, signal));
}

export function useCreateTrainingCourse() {
  return useCreateMutation(createTrainingCourse, trainingCourseKeys.all);
}
