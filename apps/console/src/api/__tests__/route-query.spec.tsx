import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { jsonResponse, routeFetch } from '../../test/fetch';
import {
  type Route,
  byIdPage,
  routeKey,
  routeMutation,
  routePageQuery,
  routeQuery,
  routeQueryOptions,
  routeScope,
} from '../route-query';
import { setSessionState } from '../session-store';

const Item = z.object({ id: z.string(), name: z.string() });
const ItemPage = z.object({ items: z.array(Item), total: z.number() });

/** Routes shaped like the contracts' (only what the console reads of them). */
const list: Route<
  z.ZodObject<{ page: z.ZodOptional<z.ZodNumber>; q: z.ZodOptional<z.ZodString> }>,
  typeof ItemPage
> = {
  operationId: 'listThings',
  method: 'GET',
  path: '/api/things/items',
  input: z.object({ page: z.number().optional(), q: z.string().optional() }),
  output: ItemPage,
  permission: 'public',
};
const get = {
  ...list,
  operationId: 'getThing',
  path: '/api/things/items/:id',
  input: z.object({ id: z.string() }),
  output: Item,
};
const history = {
  ...list,
  operationId: 'getThingHistory',
  path: '/api/things/items/:id/history',
  input: z.object({ id: z.string(), page: z.number(), pageSize: z.number() }),
};
const rename = {
  ...get,
  operationId: 'renameThing',
  method: 'PUT' as const,
  input: z.object({ id: z.string(), name: z.string() }),
};

function setup() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

/** Marks queries as cached under `keys` (no observer: invalidation only flags them, nothing refetches). */
function seed(queryClient: QueryClient, keys: readonly (readonly unknown[])[]) {
  for (const key of keys) queryClient.setQueryData(key, { seeded: true });
}
const invalidated = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey);

beforeEach(() => setSessionState({ status: 'signed-out' }));

describe('route query keys', () => {
  it("takes a route's resource from its path: two segments after /api, up to the first parameter", () => {
    expect(routeScope({ path: '/api/budget/estimates' })).toEqual(['budget', 'estimates']);
    expect(routeScope({ path: '/api/budget/estimates/:id/history' })).toEqual(['budget', 'estimates']);
    expect(routeScope({ path: '/api/reporting/areas/:code' })).toEqual(['reporting', 'areas']);
    expect(routeScope({ path: '/api/health' })).toEqual(['health']);
    expect(routeScope({ path: '/api/public/culture/events' })).toEqual(['public', 'culture']);
  });

  it('keys a query by resource, operation and input; another scope replaces the resource', () => {
    expect(routeKey(list, { page: 2 })).toEqual(['things', 'items', 'listThings', { page: 2 }]);
    expect(routeKey(get, { id: 'A' }, ['elsewhere'])).toEqual(['elsewhere', 'getThing', { id: 'A' }]);
    expect(routeKey(history)).toEqual(['things', 'items', 'getThingHistory']);
  });

  it('names the same key for the hook, its options and routeKey, from the hook arguments', () => {
    const useHistory = routePageQuery(history, { args: byIdPage });
    expect(useHistory.key('A', 2, 20)).toEqual(routeKey(history, { id: 'A', page: 2, pageSize: 20 }));
    expect(useHistory.options('A', 2, 20).queryKey).toEqual(useHistory.key('A', 2, 20));
    expect(routeQueryOptions(get, { id: 'A' }, { scope: ['x'] }).queryKey).toEqual([
      'x',
      'getThing',
      { id: 'A' },
    ]);
  });
});

describe('routeQuery', () => {
  it('fetches the route with the input the arguments make, caches it under its key and passes the abort signal', async () => {
    const fetchMock = routeFetch(() => jsonResponse(200, { id: 'A', name: 'first' }));
    const useThing = routeQuery(get, { args: (id: string) => ({ id }) });
    const { queryClient, wrapper } = setup();

    const { result, unmount } = renderHook(() => useThing('A'), { wrapper });

    await waitFor(() => expect(result.current.data).toEqual({ id: 'A', name: 'first' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/things/items/A');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(queryClient.getQueryData(['things', 'items', 'getThing', { id: 'A' }])).toEqual({
      id: 'A',
      name: 'first',
    });
    unmount();
  });

  it('aborts the request when the query is cancelled (the signal reaches fetch)', async () => {
    let seen: AbortSignal | undefined;
    routeFetch((_url, init) => {
      seen = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    const useList = routeQuery(list);
    const { queryClient, wrapper } = setup();
    renderHook(() => useList({ q: 'x' }), { wrapper });
    await waitFor(() => expect(seen).toBeDefined());
    expect(seen?.aborted).toBe(false);
    await act(() => queryClient.cancelQueries({ queryKey: routeKey(list, { q: 'x' }) }));
    expect(seen?.aborted).toBe(true);
  });

  it('a page query keeps the previous page on screen while the next loads; a record query does not', async () => {
    let release: (() => void) | undefined;
    routeFetch((url) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      const body = { items: [{ id: String(page), name: `page ${page}` }], total: 2 };
      if (page === 1) return jsonResponse(200, body);
      return new Promise<Response>((resolve) => {
        release = () => resolve(jsonResponse(200, body));
      });
    });
    const usePage = routePageQuery(list);
    const useRecordLike = routeQuery(list);
    const { wrapper } = setup();

    const paged = renderHook(({ page }) => usePage({ page }), { wrapper, initialProps: { page: 1 } });
    await waitFor(() => expect(paged.result.current.data?.items[0].id).toBe('1'));
    paged.rerender({ page: 2 });
    await waitFor(() => expect(paged.result.current.isFetching).toBe(true));
    expect(paged.result.current.data?.items[0].id).toBe('1');
    expect(paged.result.current.isPlaceholderData).toBe(true);
    act(() => release?.());
    await waitFor(() => expect(paged.result.current.data?.items[0].id).toBe('2'));

    const plain = renderHook(({ page }) => useRecordLike({ page }), { wrapper, initialProps: { page: 1 } });
    await waitFor(() => expect(plain.result.current.data?.items[0].id).toBe('1'));
    plain.rerender({ page: 3 });
    await waitFor(() => expect(release).toBeDefined());
    expect(plain.result.current.data).toBeUndefined();
  });

  it('passes the other query options on (polling, retries)', () => {
    const useThing = routeQuery(get, { args: (id: string) => ({ id }), staleTime: 0, refetchInterval: 5000 });
    expect(useThing.options('A')).toEqual({
      queryKey: routeKey(get, { id: 'A' }),
      queryFn: expect.any(Function),
    });
    const options = routeQueryOptions(get, { id: 'A' }, { refetchInterval: 5000, retry: false, page: true });
    expect(options).toMatchObject({
      refetchInterval: 5000,
      retry: false,
      placeholderData: expect.any(Function),
    });
  });
});

describe('routeMutation', () => {
  const cached = [
    routeKey(list, { page: 1 }),
    routeKey(get, { id: 'A' }),
    routeKey(history, { id: 'A', page: 1, pageSize: 10 }),
    routeKey(history, { id: 'A', page: 2, pageSize: 10 }),
    routeKey(history, { id: 'B', page: 1, pageSize: 10 }),
    ['other', 'resource'],
  ];

  it('sends the input to the route and, once it succeeded, refreshes every query under the prefixes it names', async () => {
    const fetchMock = routeFetch(() => jsonResponse(200, { id: 'A', name: 'renamed' }));
    const useRename = routeMutation(rename, { invalidates: [routeScope(list)] });
    const { queryClient, wrapper } = setup();
    seed(queryClient, cached);
    const { result } = renderHook(() => useRename(), { wrapper });

    await act(() => result.current.mutateAsync({ id: 'A', name: 'renamed' }));

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/things/items/A');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ name: 'renamed' });
    expect(invalidated(queryClient)).toEqual(cached.slice(0, 5));
  });

  it("refreshes one record's queries by part of their input, from what was sent", async () => {
    routeFetch(() => jsonResponse(200, { id: 'A', name: 'renamed' }));
    const useRename = routeMutation(rename, {
      invalidates: ({ id }) => [routeKey(history, { id })],
    });
    const { queryClient, wrapper } = setup();
    seed(queryClient, cached);
    const { result } = renderHook(() => useRename(), { wrapper });

    await act(() => result.current.mutateAsync({ id: 'A', name: 'renamed' }));

    expect(invalidated(queryClient)).toEqual([cached[2], cached[3]]);
  });

  it("refreshes nothing after a refusal, unless it refreshes when 'settled'", async () => {
    routeFetch(() => jsonResponse(409, { code: 'CONFLICT', status: 409, message: 'moved on' }));
    const onSuccess = routeMutation(rename, { invalidates: [routeScope(list)] });
    const onSettled = routeMutation(rename, { invalidates: [routeScope(list)], refreshOn: 'settled' });
    const { queryClient, wrapper } = setup();
    seed(queryClient, cached);

    const first = renderHook(() => onSuccess(), { wrapper });
    await act(() => first.result.current.mutateAsync({ id: 'A', name: 'x' }).catch(() => undefined));
    expect(first.result.current.error).toMatchObject({ status: 409 });
    expect(invalidated(queryClient)).toEqual([]);

    const second = renderHook(() => onSettled(), { wrapper });
    await act(() => second.result.current.mutateAsync({ id: 'A', name: 'x' }).catch(() => undefined));
    expect(invalidated(queryClient)).toEqual(cached.slice(0, 5));
  });

  it('resolves only once the queries on screen it invalidated have been read again', async () => {
    const order: string[] = [];
    routeFetch(async (_url, init) => {
      if (init?.method === 'PUT') return jsonResponse(200, { id: 'A', name: 'renamed' });
      order.push('list read');
      return jsonResponse(200, { items: [], total: 0 });
    });
    const useList = routeQuery(list);
    const useRename = routeMutation(rename, { invalidates: [routeScope(list)] });
    const { wrapper } = setup();
    const shown = renderHook(() => useList({}), { wrapper });
    await waitFor(() => expect(shown.result.current.isSuccess).toBe(true));
    const { result } = renderHook(() => useRename(), { wrapper });

    await act(() =>
      result.current.mutateAsync({ id: 'A', name: 'renamed' }).then(() => void order.push('resolved')),
    );

    expect(order).toEqual(['list read', 'list read', 'resolved']);
  });
});
