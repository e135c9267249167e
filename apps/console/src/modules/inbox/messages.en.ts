import type { inboxVi } from './messages.vi';

export const inboxEn: Record<keyof typeof inboxVi, string> = {
  'inbox.title': 'Notifications',
  'inbox.bell': 'Notifications: {count} unread',
  'inbox.bellNone': 'Notifications: none unread',
  'inbox.unreadOnly': 'Unread only',
  'inbox.markRead': 'Mark read',
  'inbox.markAllRead': 'Mark all read',
  'inbox.markAllConfirm': 'Mark all {count} unread notifications read?',
  'inbox.open': 'Open',
  'inbox.empty': 'No notifications.',
  'inbox.emptyUnread': 'You have read every notification.',
  'inbox.unread': 'Unread',
  'inbox.loadError': 'The notifications could not be loaded.',
  'inbox.template.report.due-soon':
    'The {year} report on area {planArea} is due by {dueDate}: {days} days left.',
  'inbox.template.report.due-today': 'Today ({dueDate}) the {year} report on area {planArea} is due.',
  'inbox.template.report.late': 'The {year} report on area {planArea} is {days} days late (due {dueDate}).',
  'inbox.template.report.returned': 'The {year} report on area {planArea} was returned: “{comment}”.',
  'inbox.template.estimate.deadline-soon':
    'Estimates for {fiscalYear} are due by {deadline}: {days} days left, and your agency has not submitted one.',
  'inbox.template.estimate.returned': 'Finance returned the estimate “{title}” ({fiscalYear}): “{comment}”.',
  'inbox.template.ngo.registration-expiring':
    'The registration of “{name}” expires on {expiresOn}: {days} days left.',
  'inbox.template.aid-project.not-started':
    'The project “{title}”, approved on {approvedOn}, has not started six months on (due by {startBy}).',
  'inbox.template.course.starting-tomorrow':
    'The course “{title}” starts tomorrow ({startsOn}) with {open} places open.',
};
