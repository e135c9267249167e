import { AID_ROUTES, type CreateNgo, type ListNgos } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const ngoKeys = {
  all: ['aid', 'ngos'] as const,
  list: (query: ListNgos) => [...ngoKeys.all, 'list', query] as const,
  detail: (id: string) => [...ngoKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...ngoKeys.all, 'history', id, page, pageSize] as const,
};

export function listNgos(query: ListNgos, signal?: AbortSignal) {
  return callRoute(AID_ROUTES.ngoList, query, { signal });
}

export function createNgo(ngo: CreateNgo) {
  return callRoute(AID_ROUTES.ngoCreate, ngo);
}

export function getNgo(id: string, signal?: AbortSignal) {
  return callRoute(AID_ROUTES.ngoGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getNgoHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(AID_ROUTES.ngoHistory, { id, page, pageSize }, { signal });
}
