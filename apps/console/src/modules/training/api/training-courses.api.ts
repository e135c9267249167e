import {
  type ChangeCourseStatus,
  type CreateTrainee,
  type CreateTrainingCourse,
  type EnrolTrainees,
  type ImportTrainees,
  type UpdateTrainee,
  type ListTrainees,
  type ListTrainingCourses,
  type RecordAttendance,
  type RecordScores,
  TRAINING_ROUTES,
  type TrainingStatsExport,
  type TrainingStatsFilter,
  type UpdateTrainingCourse,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';

export const trainingCourseKeys = {
  all: ['training', 'courses'] as const,
  list: (query: ListTrainingCourses) => [...trainingCourseKeys.all, 'list', query] as const,
  detail: (id: string) => [...trainingCourseKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...trainingCourseKeys.all, 'history', id, page, pageSize] as const,
  roster: (id: string) => [...trainingCourseKeys.all, 'roster', id] as const,
};

export const traineeKeys = {
  all: ['training', 'trainees'] as const,
  list: (query: ListTrainees) => [...traineeKeys.all, 'list', query] as const,
  detail: (id: string) => [...traineeKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...traineeKeys.all, 'history', id, page, pageSize] as const,
};

export const trainingStatsKeys = {
  all: ['training', 'stats'] as const,
  get: (filter: TrainingStatsFilter) => [...trainingStatsKeys.all, filter] as const,
};

export function listTrainingCourses(query: ListTrainingCourses, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseList, query, { signal });
}

export function createTrainingCourse(course: CreateTrainingCourse) {
  return callRoute(TRAINING_ROUTES.courseCreate, course);
}

export function updateTrainingCourse(course: UpdateTrainingCourse) {
  return callRoute(TRAINING_ROUTES.courseUpdate, course);
}

export function changeTrainingCourseStatus(change: ChangeCourseStatus) {
  return callRoute(TRAINING_ROUTES.courseChangeStatus, change);
}

export function getTrainingCourse(id: string, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getTrainingCourseHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.courseHistory, { id, page, pageSize }, { signal });
}

export function listEnrolments(id: string, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.enrolmentList, { id }, { signal });
}

export function enrolTrainees(message: EnrolTrainees) {
  return callRoute(TRAINING_ROUTES.enrolmentCreate, message);
}

export function withdrawEnrolment(id: string, enrolmentId: string) {
  return callRoute(TRAINING_ROUTES.enrolmentWithdraw, { id, enrolmentId });
}

export function recordAttendance(message: RecordAttendance) {
  return callRoute(TRAINING_ROUTES.attendanceRecord, message);
}

export function recordScores(message: RecordScores) {
  return callRoute(TRAINING_ROUTES.scoresRecord, message);
}

export function downloadCertificate(id: string, enrolmentId: string) {
  return downloadRoute(TRAINING_ROUTES.certificateGet, { id, enrolmentId });
}

export function listTrainees(query: ListTrainees, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.traineeList, query, { signal });
}

export function getTrainee(id: string, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.traineeGet, { id }, { signal });
}

export function createTrainee(trainee: CreateTrainee) {
  return callRoute(TRAINING_ROUTES.traineeCreate, trainee);
}

/** `version` is the one the editor read: the server answers 409 if someone changed the trainee since. */
export function updateTrainee(trainee: UpdateTrainee) {
  return callRoute(TRAINING_ROUTES.traineeUpdate, trainee);
}

export function getTraineeHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.traineeHistory, { id, page, pageSize }, { signal });
}

export function importTrainees(message: ImportTrainees) {
  return callRoute(TRAINING_ROUTES.traineeImport, message);
}

export function getTrainingStats(filter: TrainingStatsFilter, signal?: AbortSignal) {
  return callRoute(TRAINING_ROUTES.statsGet, filter, { signal });
}

export function exportTrainingStats(message: TrainingStatsExport) {
  return downloadRoute(TRAINING_ROUTES.statsExport, message);
}

/** The import's XLSX template, its headers in the reader's language. */
export function downloadTraineeTemplate(lang: 'vi' | 'en') {
  return downloadRoute(TRAINING_ROUTES.traineeImportTemplate, { lang });
}
