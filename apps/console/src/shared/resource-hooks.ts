import type { Page } from '@ascc/contracts';
import {
  type QueryKey,
  type UseQueryResult,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

/** A page of a list; the previous page stays on screen while the next one loads, so the table does not jump. */
export function usePageQuery<T>(
  queryKey: QueryKey,
  fetchPage: (signal: AbortSignal) => Promise<Page<T>>,
): UseQueryResult<Page<T>> {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchPage(signal),
    placeholderData: keepPreviousData,
  });
}

/** A create call that refreshes every cached list and count of its resource once it succeeds. */
export function useCreateMutation<I, O>(create: (input: I) => Promise<O>, resourceKey: QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKey }),
  });
}

/** One record by id, e.g. for its drawer. */
export function useRecordQuery<T>(queryKey: QueryKey, fetchRecord: (signal: AbortSignal) => Promise<T>) {
  return useQuery({ queryKey, queryFn: ({ signal }) => fetchRecord(signal) });
}
