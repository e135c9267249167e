import { AID_ROUTES, type CreateNgo, type ListNgos } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const ngoKeys = {
  all: ['aid', 'ngos'] as const,
  list: (query: ListNgos) => [...ngoKeys.all, 'list', query] as const,
};

export function listNgos(query: ListNgos, signal?: AbortSignal) {
  return callRoute(AID_ROUTES.ngoList, query, { signal });
}

export function createNgo(ngo: CreateNgo) {
  return callRoute(AID_ROUTES.ngoCreate, ngo);
}
