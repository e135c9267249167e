import {
  type CalendarQuery,
  CULTURE_ROUTES as R,
  type CreateCulturalEvent,
  type CreateRegistration,
  type CultureReportExport,
  type CultureReportQuery,
  type ListCulturalEvents,
  type ReportCulturalEvent,
  type TransitionCulturalEvent,
  type UpdateCulturalEvent,
  type UpdateRegistration,
  type UploadAttachment,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';

export const culturalEventKeys = {
  all: ['culture', 'events'] as const,
  list: (query: ListCulturalEvents) => [...culturalEventKeys.all, 'list', query] as const,
  detail: (id: string) => [...culturalEventKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...culturalEventKeys.all, 'history', id, page, pageSize] as const,
  registrations: (id: string) => [...culturalEventKeys.all, 'registrations', id] as const,
  options: (q: string | undefined) => [...culturalEventKeys.all, 'options', q ?? ''] as const,
  calendar: (query: CalendarQuery) => [...culturalEventKeys.all, 'calendar', query] as const,
  report: (query: CultureReportQuery) => [...culturalEventKeys.all, 'report', query] as const,
  public: ['culture', 'public'] as const,
};

export function listCulturalEvents(query: ListCulturalEvents, signal?: AbortSignal) {
  return callRoute(R.eventList, query, { signal });
}

export function createCulturalEvent(event: CreateCulturalEvent) {
  return callRoute(R.eventCreate, event);
}

export function updateCulturalEvent(event: UpdateCulturalEvent) {
  return callRoute(R.eventUpdate, event);
}

export function transitionCulturalEvent(message: TransitionCulturalEvent) {
  return callRoute(R.eventTransition, message);
}

export function reportCulturalEvent(message: ReportCulturalEvent) {
  return callRoute(R.eventReport, message);
}

/** Any department's events by title, for linking (a delegation attending one). */
export function pickCulturalEvents(q: string | undefined, signal?: AbortSignal) {
  return callRoute(R.eventOptions, { q }, { signal });
}

export function getCulturalEvent(id: string, signal?: AbortSignal) {
  return callRoute(R.eventGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getCulturalEventHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(R.eventHistory, { id, page, pageSize }, { signal });
}

export function uploadAttachment(message: UploadAttachment) {
  return callRoute(R.attachmentUpload, message);
}

export function downloadAttachment(id: string, attachmentId: string) {
  return downloadRoute(R.attachmentDownload, { id, attachmentId });
}

export function deleteAttachment(id: string, attachmentId: string) {
  return callRoute(R.attachmentDelete, { id, attachmentId });
}

export function listRegistrations(id: string, signal?: AbortSignal) {
  return callRoute(R.registrationList, { id, pageSize: 100 }, { signal });
}

export function participantsByCountry(id: string, signal?: AbortSignal) {
  return callRoute(R.registrationByCountry, { id }, { signal });
}

export function createRegistration(message: CreateRegistration) {
  return callRoute(R.registrationCreate, message);
}

export function updateRegistration(message: UpdateRegistration) {
  return callRoute(R.registrationUpdate, message);
}

export function checkInRegistration(id: string, registrationId: string) {
  return callRoute(R.registrationCheckIn, { id, registrationId });
}

export function cancelRegistration(id: string, registrationId: string) {
  return callRoute(R.registrationCancel, { id, registrationId });
}

export function getCalendar(query: CalendarQuery, signal?: AbortSignal) {
  return callRoute(R.calendar, query, { signal });
}

export function getReport(query: CultureReportQuery, signal?: AbortSignal) {
  return callRoute(R.report, query, { signal });
}

export function exportReport(query: CultureReportExport) {
  return downloadRoute(R.reportExport, query);
}

export function getPublicEvents(signal?: AbortSignal) {
  return callRoute(R.publicEvents, {}, { signal });
}

/** The public iCal feed's address, for calendar programs to subscribe to. */
export function publicCalendarUrl(lang: 'vi' | 'en'): string {
  return `${R.publicCalendar.path}?lang=${lang}`;
}
