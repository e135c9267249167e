import type { ListCulturalEvents } from '@ascc/contracts';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  createCulturalEvent,
  culturalEventKeys,
  getCulturalEvent,
  getCulturalEventHistory,
  listCulturalEvents,
} from '../api/cultural-events.api';

export function useCulturalEvents(query: ListCulturalEvents) {
  return usePageQuery(culturalEventKeys.list(query), (signal) => listCulturalEvents(query, signal));
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
