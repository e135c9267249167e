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
  courseHistory: 'training.course.history',
  auditList: 'training.audit.list',
} as const;
