import { CULTURE_ROUTES as R } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { callRoute } from '../../../api/client';
import { byId, byIdPage, routeMutation, routePageQuery, routeQuery } from '../../../api/route-query';
import { culturalEventKeys } from '../api/cultural-events.api';

/** The calendar, the report and the link options change with any event: they live under the events' key. */
const underEvents = { scope: culturalEventKeys.all };

export const useCulturalEvents = routePageQuery(R.eventList);
/** Events of any department to link a record to (a delegation attending one), searched by title. */
export const useCulturalEventOptions = routeQuery(R.eventOptions, {
  ...underEvents,
  args: (q: string | undefined) => ({ q }),
});
export const useCreateCulturalEvent = routeMutation(R.eventCreate, { invalidates: [culturalEventKeys.all] });
export const useCulturalEvent = routeQuery(R.eventGet, { args: byId });
/** Who changed the record and how, newest first, from the service's audit log. */
export const useCulturalEventHistory = routePageQuery(R.eventHistory, { args: byIdPage });

/** Any change to an event: every cached view of events (lists, calendar, report, the record) is refreshed. */
const eventCommand = { invalidates: [culturalEventKeys.all] };
export const useUpdateCulturalEvent = routeMutation(R.eventUpdate, eventCommand);
export const useTransitionCulturalEvent = routeMutation(R.eventTransition, eventCommand);
export const useReportCulturalEvent = routeMutation(R.eventReport, eventCommand);
export const useUploadAttachment = routeMutation(R.attachmentUpload, eventCommand);
export const useDeleteAttachment = routeMutation(R.attachmentDelete, eventCommand);
export const useCreateRegistration = routeMutation(R.registrationCreate, eventCommand);
export const useUpdateRegistration = routeMutation(R.registrationUpdate, eventCommand);
export const useCheckIn = routeMutation(R.registrationCheckIn, eventCommand);
export const useCancelRegistration = routeMutation(R.registrationCancel, eventCommand);

/** An event's registrations and its participants by country, read together. */
export function useRegistrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: culturalEventKeys.registrations(id),
    queryFn: async ({ signal }) => {
      const [page, byCountry] = await Promise.all([
        callRoute(R.registrationList, { id, pageSize: 100 }, { signal }),
        callRoute(R.registrationByCountry, { id }, { signal }),
      ]);
      return { page, byCountry };
    },
    enabled,
  });
}

export const useCalendar = routeQuery(R.calendar, underEvents);
export const useCultureReport = routeQuery(R.report, underEvents);
export const usePublicEvents = routeQuery(R.publicEvents, { args: () => ({}) });
