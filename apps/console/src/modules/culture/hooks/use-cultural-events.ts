import type { ListCulturalEvents } from '@ascc/contracts';
import { useCreateMutation, usePageQuery } from '../../../shared/resource-hooks';
import { createCulturalEvent, culturalEventKeys, listCulturalEvents } from '../api/cultural-events.api';

export function useCulturalEvents(query: ListCulturalEvents) {
  return usePageQuery(culturalEventKeys.list(query), (signal) => listCulturalEvents(query, signal));
}

export function useCreateCulturalEvent() {
  return useCreateMutation(createCulturalEvent, culturalEventKeys.all);
}
