import { CULTURE_ROUTES as R, type CultureReportExport } from '@ascc/contracts';
import { downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

/** Every cached view of events (lists, records, histories, registrations, options, calendar, report). */
const all = routeScope(R.eventList);

export const culturalEventKeys = {
  all,
  /** An event's registrations with its participants by country (one query for both). */
  registrations: (id: string) => [...all, 'registrations', id] as const,
};

export function downloadAttachment(id: string, attachmentId: string) {
  return downloadRoute(R.attachmentDownload, { id, attachmentId });
}

export function exportReport(query: CultureReportExport) {
  return downloadRoute(R.reportExport, query);
}

/** The public iCal feed's address, for calendar programs to subscribe to. */
export function publicCalendarUrl(lang: 'vi' | 'en'): string {
  return `${R.publicCalendar.path}?lang=${lang}`;
}
