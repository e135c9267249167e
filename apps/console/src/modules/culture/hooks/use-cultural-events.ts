import type { CalendarQuery, CultureReportQuery, ListCulturalEvents } from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  cancelRegistration,
  checkInRegistration,
  createCulturalEvent,
  createRegistration,
  culturalEventKeys,
  deleteAttachment,
  getCalendar,
  getCulturalEvent,
  getCulturalEventHistory,
  getPublicEvents,
  getReport,
  listCulturalEvents,
  listRegistrations,
  participantsByCountry,
  pickCulturalEvents,
  reportCulturalEvent,
  transitionCulturalEvent,
  updateCulturalEvent,
  updateRegistration,
  uploadAttachment,
} from '../api/cultural-events.api';

export function useCulturalEvents(query: ListCulturalEvents) {
  return usePageQuery(culturalEventKeys.list(query), (signal) => listCulturalEvents(query, signal));
}

/** Events of any department to link a record to, searched by title. */
export function useCulturalEventOptions(q: string | undefined) {
  return useQuery({
    queryKey: culturalEventKeys.options(q),
    queryFn: ({ signal }) => pickCulturalEvents(q, signal),
  });
}

export function useCreateCulturalEvent() {
  return useCreateMutation(createCulturalEvent, culturalEventKeys.all);
}

export function useCulturalEvent(id: string) {
  return useRecordQuery(culturalEventKeys.detail(id), (signal) => getCulturalEvent(id, signal));
}

export function useCulturalEventHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(culturalEventKeys.history(id, page, pageSize), (signal) =>
    getCulturalEventHistory(id, page, pageSize, signal),
  );
}

/** Any change to an event: every cached view of events (lists, calendar, report, the record) is refreshed. */
function useEventMutation<I, O>(mutate: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: culturalEventKeys.all }),
  });
}

export const useUpdateCulturalEvent = () => useEventMutation(updateCulturalEvent);
export const useTransitionCulturalEvent = () => useEventMutation(transitionCulturalEvent);
export const useReportCulturalEvent = () => useEventMutation(reportCulturalEvent);
export const useUploadAttachment = () => useEventMutation(uploadAttachment);
export const useDeleteAttachment = () =>
  useEventMutation((m: { id: string; attachmentId: string }) => deleteAttachment(m.id, m.attachmentId));
export const useCreateRegistration = () => useEventMutation(createRegistration);
export const useUpdateRegistration = () => useEventMutation(updateRegistration);
export const useCheckIn = () =>
  useEventMutation((m: { id: string; registrationId: string }) =>
    checkInRegistration(m.id, m.registrationId),
  );
export const useCancelRegistration = () =>
  useEventMutation((m: { id: string; registrationId: string }) => cancelRegistration(m.id, m.registrationId));

export function useRegistrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: culturalEventKeys.registrations(id),
    queryFn: async ({ signal }) => {
      const [page, byCountry] = await Promise.all([
        listRegistrations(id, signal),
        participantsByCountry(id, signal),
      ]);
      return { page, byCountry };
    },
    enabled,
  });
}

export function useCalendar(query: CalendarQuery) {
  return useQuery({
    queryKey: culturalEventKeys.calendar(query),
    queryFn: ({ signal }) => getCalendar(query, signal),
  });
}

export function useCultureReport(query: CultureReportQuery) {
  return useQuery({
    queryKey: culturalEventKeys.report(query),
    queryFn: ({ signal }) => getReport(query, signal),
  });
}

export function usePublicEvents() {
  return useQuery({ queryKey: culturalEventKeys.public, queryFn: ({ signal }) => getPublicEvents(signal) });
}
