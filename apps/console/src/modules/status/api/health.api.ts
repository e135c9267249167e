import { SYSTEM_ROUTES } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const healthKeys = { all: ['system', 'health'] as const };

export function getHealth(signal?: AbortSignal) {
  return callRoute(SYSTEM_ROUTES.health, {}, { signal });
}
