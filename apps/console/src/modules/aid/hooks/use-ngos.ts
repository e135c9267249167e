import type { ListNgos } from '@ascc/contracts';
import { useCreateMutation, usePageQuery } from '../../../shared/resource-hooks';
import { createNgo, listNgos, ngoKeys } from '../api/ngos.api';

export function useNgos(query: ListNgos) {
  return usePageQuery(ngoKeys.list(query), (signal) => listNgos(query, signal));
}

export function useCreateNgo() {
  return useCreateMutation(createNgo, ngoKeys.all);
}
