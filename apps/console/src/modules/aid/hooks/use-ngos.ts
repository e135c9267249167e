import type { ListNgos } from '@ascc/contracts';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import { createNgo, getNgo, getNgoHistory, listNgos, ngoKeys } from '../api/ngos.api';

export function useNgos(query: ListNgos) {
  return usePageQuery(ngoKeys.list(query), (signal) => listNgos(query, signal));
}

export function useCreateNgo() {
  return useCreateMutation(createNgo, ngoKeys.all);
}

export function useNgo(id: string) {
  return useRecordQuery(ngoKeys.detail(id), (signal) => getNgo(id, signal));
}

export function useNgoHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(ngoKeys.history(id, page, pageSize), (signal) =>
    getNgoHistory(id, page, pageSize, signal),
  );
}
