/**
 * NATS subjects of the reporting service (the cross-department read model). Renaming a subject breaks
 * running peers: deploy the service and the gateway together.
 */
export const REPORTING_SUBJECTS = {
  health: 'reporting.health.get',
  dashboardGet: 'reporting.dashboard.get',
  areaGet: 'reporting.area.get',
  recordList: 'reporting.record.list',
  rebuild: 'reporting.readmodel.rebuild',
  reportList: 'reporting.report.list',
  reportCreate: 'reporting.report.create',
  reportGet: 'reporting.report.get',
  reportUpdate: 'reporting.report.update',
  reportSubmit: 'reporting.report.submit',
  reportReview: 'reporting.report.review',
  reportHistory: 'reporting.report.history',
  overviewGet: 'reporting.overview.get',
  provinceExport: 'reporting.province.export',
  reviewFreeze: 'reporting.review.freeze',
  reviewList: 'reporting.review.list',
  reviewExport: 'reporting.review.export',
  auditList: 'reporting.audit.list',
  // The global search's question to this service (its kinds, LIMIT 5 each): asked by the gateway only.
  search: 'reporting.search.find',
  indicatorList: 'reporting.indicator.list',
  indicatorGet: 'reporting.indicator.get',
  indicatorCreate: 'reporting.indicator.create',
  indicatorUpdate: 'reporting.indicator.update',
  indicatorDelete: 'reporting.indicator.delete',
  indicatorHistory: 'reporting.indicator.history',
  indicatorProgress: 'reporting.indicator.progress',
  publicProgress: 'reporting.public.progress',
  notificationList: 'reporting.notification.list',
  notificationCount: 'reporting.notification.count',
  notificationRead: 'reporting.notification.read',
  notificationReadAll: 'reporting.notification.readall',
  reminderRun: 'reporting.reminder.run',
} as const;
