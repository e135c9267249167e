/**
 * NATS subjects of the culture service (Culture, Sports and Tourism). Renaming a subject breaks running
 * peers: deploy the service and the gateway together.
 */
export const CULTURE_SUBJECTS = {
  health: 'culture.health.get',
  eventCreate: 'culture.event.create',
  eventList: 'culture.event.list',
  eventGet: 'culture.event.get',
  eventUpdate: 'culture.event.update',
  eventTransition: 'culture.event.transition',
  eventReport: 'culture.event.report',
  eventHistory: 'culture.event.history',
  eventOptions: 'culture.event.options',
  attachmentUpload: 'culture.attachment.upload',
  attachmentDownload: 'culture.attachment.download',
  attachmentDelete: 'culture.attachment.delete',
  registrationCreate: 'culture.registration.create',
  registrationList: 'culture.registration.list',
  registrationUpdate: 'culture.registration.update',
  registrationCheckIn: 'culture.registration.checkin',
  registrationCancel: 'culture.registration.cancel',
  registrationByCountry: 'culture.registration.bycountry',
  calendarGet: 'culture.calendar.get',
  reportGet: 'culture.report.get',
  reportExport: 'culture.report.export',
  publicEvents: 'culture.public.events',
  publicCalendar: 'culture.public.calendar',
  auditList: 'culture.audit.list',
  // The global search's question to this service (its kinds, LIMIT 5 each): asked by the gateway only.
  search: 'culture.search.find',
} as const;
