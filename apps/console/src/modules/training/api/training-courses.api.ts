import { TRAINING_ROUTES, type TrainingStatsExport } from '@ascc/contracts';
import { downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

/** Every course query (lists, records, histories, rosters) is under this prefix. */
export const trainingCourseKeys = { all: routeScope(TRAINING_ROUTES.courseList) };
export const traineeKeys = { all: routeScope(TRAINING_ROUTES.traineeList) };
export const trainingStatsKeys = { all: routeScope(TRAINING_ROUTES.statsGet) };

export function downloadCertificate(id: string, enrolmentId: string) {
  return downloadRoute(TRAINING_ROUTES.certificateGet, { id, enrolmentId });
}

export function exportTrainingStats(message: TrainingStatsExport) {
  return downloadRoute(TRAINING_ROUTES.statsExport, message);
}

/** The import's XLSX template, its headers in the reader's language. */
export function downloadTraineeTemplate(lang: 'vi' | 'en') {
  return downloadRoute(TRAINING_ROUTES.traineeImportTemplate, { lang });
}
