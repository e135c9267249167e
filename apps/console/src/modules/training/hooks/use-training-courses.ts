import type { ListTrainees, ListTrainingCourses, TrainingStatsFilter } from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  changeTrainingCourseStatus,
  createTrainee,
  createTrainingCourse,
  enrolTrainees,
  getTrainee,
  getTraineeHistory,
  getTrainingCourse,
  getTrainingCourseHistory,
  getTrainingStats,
  importTrainees,
  listEnrolments,
  listTrainees,
  listTrainingCourses,
  recordAttendance,
  recordScores,
  traineeKeys,
  trainingCourseKeys,
  trainingStatsKeys,
  updateTrainee,
  updateTrainingCourse,
  withdrawEnrolment,
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

export function useRoster(id: string) {
  return useQuery({
    queryKey: trainingCourseKeys.roster(id),
    queryFn: ({ signal }) => listEnrolments(id, signal),
  });
}

/** A change to a course or its roster: afterwards the course, its roster and the statistics reload. */
function useCourseMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trainingCourseKeys.all }),
        queryClient.invalidateQueries({ queryKey: trainingStatsKeys.all }),
      ]),
  });
}

export const useUpdateTrainingCourse = () => useCourseMutation(updateTrainingCourse);
export const useChangeCourseStatus = () => useCourseMutation(changeTrainingCourseStatus);
export const useEnrolTrainees = () => useCourseMutation(enrolTrainees);
export const useWithdrawEnrolment = () =>
  useCourseMutation((m: { id: string; enrolmentId: string }) => withdrawEnrolment(m.id, m.enrolmentId));
export const useRecordAttendance = () => useCourseMutation(recordAttendance);
export const useRecordScores = () => useCourseMutation(recordScores);

export function useTrainees(query: ListTrainees) {
  return usePageQuery(traineeKeys.list(query), (signal) => listTrainees(query, signal));
}

export function useTrainee(id: string) {
  return useRecordQuery(traineeKeys.detail(id), (signal) => getTrainee(id, signal));
}

export function useCreateTrainee() {
  return useCreateMutation(createTrainee, traineeKeys.all);
}

export function useTraineeHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(traineeKeys.history(id, page, pageSize), (signal) =>
    getTraineeHistory(id, page, pageSize, signal),
  );
}

/** An edit refreshes the registry's lists, the trainee and its history; a refusal changes nothing. */
export function useUpdateTrainee() {
  return useCreateMutation(updateTrainee, traineeKeys.all);
}

export function useImportTrainees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importTrainees,
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: traineeKeys.all });
    },
  });
}

export function useTrainingStats(filter: TrainingStatsFilter) {
  return useQuery({
    queryKey: trainingStatsKeys.get(filter),
    queryFn: ({ signal }) => getTrainingStats(filter, signal),
  });
}
