/**
 * NATS subjects of the training service (Home Affairs). Request/reply: `training.<entity>.<verb>`;
 * events: `training.<entity>.<past-participle>`. Renaming a subject breaks running peers: deploy the
 * service and the gateway together.
 */
export const TRAINING_SUBJECTS = {
  health: 'training.health.get',
  courseCreate: 'training.course.create',
  courseList: 'training.course.list',
  courseGet: 'training.course.get',
  courseUpdate: 'training.course.update',
  courseChangeStatus: 'training.course.status',
  courseHistory: 'training.course.history',
  traineeCreate: 'training.trainee.create',
  traineeList: 'training.trainee.list',
  traineeGet: 'training.trainee.get',
  traineeUpdate: 'training.trainee.update',
  traineeHistory: 'training.trainee.history',
  traineeImport: 'training.trainee.import',
  traineeImportTemplate: 'training.trainee.template',
  enrolmentList: 'training.enrolment.list',
  enrolmentCreate: 'training.enrolment.create',
  enrolmentWithdraw: 'training.enrolment.withdraw',
  attendanceRecord: 'training.attendance.record',
  scoresRecord: 'training.score.record',
  certificateGet: 'training.certificate.get',
  statsGet: 'training.stats.get',
  statsExport: 'training.stats.export',
  auditList: 'training.audit.list',
  // The global search's question to this service (its kinds, LIMIT 5 each): asked by the gateway only.
  search: 'training.search.find',
} as const;
