import { type ImportTrainees, TRAINING_ROUTES as T } from '@ascc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callRoute } from '../../../api/client';
import { byId, byIdPage, routeMutation, routePageQuery, routeQuery } from '../../../api/route-query';
import { traineeKeys, trainingCourseKeys, trainingStatsKeys } from '../api/training-courses.api';

export const useTrainingCourses = routePageQuery(T.courseList);
export const useCreateTrainingCourse = routeMutation(T.courseCreate, {
  invalidates: [trainingCourseKeys.all],
});
export const useTrainingCourse = routeQuery(T.courseGet, { args: byId });
export const useTrainingCourseHistory = routePageQuery(T.courseHistory, { args: byIdPage });
export const useRoster = routeQuery(T.enrolmentList, { args: byId });

/** A change to a course or its roster: afterwards the course, its roster and the statistics reload. */
const courseCommand = { invalidates: [trainingCourseKeys.all, trainingStatsKeys.all] };
export const useUpdateTrainingCourse = routeMutation(T.courseUpdate, courseCommand);
export const useChangeCourseStatus = routeMutation(T.courseChangeStatus, courseCommand);
export const useEnrolTrainees = routeMutation(T.enrolmentCreate, courseCommand);
export const useWithdrawEnrolment = routeMutation(T.enrolmentWithdraw, courseCommand);
export const useRecordAttendance = routeMutation(T.attendanceRecord, courseCommand);
export const useRecordScores = routeMutation(T.scoresRecord, courseCommand);

export const useTrainees = routePageQuery(T.traineeList);
export const useTrainee = routeQuery(T.traineeGet, { args: byId });
export const useCreateTrainee = routeMutation(T.traineeCreate, { invalidates: [traineeKeys.all] });
export const useTraineeHistory = routePageQuery(T.traineeHistory, { args: byIdPage });
/**
 * An edit refreshes the registry's lists, the trainee and its history; a refusal changes nothing.
 * `version` is the one the editor read: the server answers 409 if someone changed the trainee since.
 */
export const useUpdateTrainee = routeMutation(T.traineeUpdate, { invalidates: [traineeKeys.all] });

/**
 * A committed import refreshes the registry; a dry run changes nothing. The report shows at once: the
 * lists are read again behind it, not before it (so this one is not a `routeMutation`).
 */
export function useImportTrainees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: ImportTrainees) => callRoute(T.traineeImport, message),
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: traineeKeys.all });
    },
  });
}

export const useTrainingStats = routeQuery(T.statsGet);
