import { CULTURE_ROUTES, type CreateCulturalEvent, type ListCulturalEvents } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const culturalEventKeys = {
  all: ['culture', 'events'] as const,
  list: (query: ListCulturalEvents) => [...culturalEventKeys.all, 'list', query] as const,
  detail: (id: string) => [...culturalEventKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...culturalEventKeys.all, 'history', id, page, pageSize] as const,
};

export function listCulturalEvents(query: ListCulturalEvents, signal?: AbortSignal) {
  return callRoute(CULTURE_ROUTES.eventList, query, { signal });
}

export function createCulturalEvent(event: CreateCulturalEvent) {
  return callRoute(CULTURE_ROUTES.eventCreate, event);
}

export function getCulturalEvent(id: string, signal?: AbortSignal) {
  return callRoute(CULTURE_ROUTES.eventGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getCulturalEventHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(CULTURE_ROUTES.eventHistory, { id, page, pageSize }, { signal });
}
