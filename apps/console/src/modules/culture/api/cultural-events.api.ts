import { CULTURE_ROUTES, type CreateCulturalEvent, type ListCulturalEvents } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const culturalEventKeys = {
  all: ['culture', 'events'] as const,
  list: (query: ListCulturalEvents) => [...culturalEventKeys.all, 'list', query] as const,
};

export function listCulturalEvents(query: ListCulturalEvents, signal?: AbortSignal) {
  return callRoute(CULTURE_ROUTES.eventList, query, { signal });
}

export function createCulturalEvent(event: CreateCulturalEvent) {
  return callRoute(CULTURE_ROUTES.eventCreate, event);
}
