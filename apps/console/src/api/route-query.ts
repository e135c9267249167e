import {
  type QueryKey,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { callRoute } from './client';
import type { HttpRoute } from './http-route';

/**
 * Hooks made from route contracts: the contract already names the request, its input and its output,
 * so a screen's query or command is one declaration instead of a fetcher and a hook written out.
 *
 * Every query of a route is cached under `[...scope, operationId, input]`. The scope is the route's
 * resource, read from its path (`/api/budget/estimates/:id/history` → `['budget', 'estimates']`), so
 * a command that changes a resource refreshes every query under it with one prefix, and one record's
 * queries are matched by part of their input (`routeKey(route, { id })` matches every page of its
 * history).
 */
export type Route<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = HttpRoute<I, O> & {
  operationId: string;
};

/** The resource a route belongs to: its path's first two segments after `/api`, up to the first parameter. */
export function routeScope(route: Pick<Route, 'path'>): QueryKey {
  const segments = route.path.replace(/^\/api\//, '').split('/');
  const scope: string[] = [];
  for (const segment of segments.slice(0, 2)) {
    if (segment.startsWith(':')) break;
    scope.push(segment);
  }
  return scope;
}

/**
 * The cache key of a route's query for an input. Given part of an input, it is a prefix that TanStack
 * Query matches against every query of the route whose input has those values.
 */
export function routeKey(route: Pick<Route, 'path' | 'operationId'>, input?: unknown, scope?: QueryKey) {
  const key: unknown[] = [...(scope ?? routeScope(route)), route.operationId];
  if (input !== undefined) key.push(input);
  return key as QueryKey;
}

export interface RouteQueryOptions<T> extends Omit<
  UseQueryOptions<T, Error, T, QueryKey>,
  'queryKey' | 'queryFn'
> {
  /** The key prefix, when the route's queries belong to another resource than its path says. */
  scope?: QueryKey;
  /** A page of a list: the previous page stays on screen while the next one loads, so the table does not jump. */
  page?: boolean;
}

/** The key and fetch of a route's query (for `useQuery`, `useQueries`, prefetching); the query's signal goes to the request. */
export function routeQueryOptions<I extends z.ZodType, O extends z.ZodType>(
  route: Route<I, O>,
  input: z.input<I>,
  options: RouteQueryOptions<z.output<O>> = {},
) {
  const { scope, page, ...query } = options;
  return {
    ...query,
    ...(page ? { placeholderData: keepPreviousData } : {}),
    queryKey: routeKey(route, input, scope),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<z.output<O>> =>
      callRoute(route, input, { signal }),
  };
}

/** A route's query for one input, for the hooks that need options per call (`enabled`). */
export function useRouteQuery<I extends z.ZodType, O extends z.ZodType>(
  route: Route<I, O>,
  input: z.input<I>,
  options: RouteQueryOptions<z.output<O>> = {},
): UseQueryResult<z.output<O>, Error> {
  return useQuery(routeQueryOptions(route, input, options));
}

export interface RouteQueryHook<A extends unknown[], T> {
  (...args: A): UseQueryResult<T, Error>;
  /** The cache key the hook uses for these arguments. */
  key: (...args: A) => QueryKey;
  /** The hook's key and fetch, for `useQueries`. */
  options: (...args: A) => {
    queryKey: QueryKey;
    queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  };
}

export interface RouteQueryDeclaration<
  I extends z.ZodType,
  T,
  A extends unknown[],
> extends RouteQueryOptions<T> {
  /** The hook's arguments as the route's input; without it the hook takes the input itself. */
  args?: (...args: A) => z.input<I>;
}

/**
 * A typed hook for a route that reads: `routeQuery(ROUTES.estimateGet, { args: byId })` is
 * `useBudgetEstimate(id)`. `page: true` (or `routePageQuery`) keeps the previous page while the next loads.
 */
export function routeQuery<I extends z.ZodType, O extends z.ZodType, A extends unknown[] = [z.input<I>]>(
  route: Route<I, O>,
  declaration: RouteQueryDeclaration<I, z.output<O>, A> = {},
): RouteQueryHook<A, z.output<O>> {
  const { args, ...options } = declaration;
  const inputOf = (callArgs: A) => (args ? args(...callArgs) : callArgs[0]) as z.input<I>;
  const optionsFor = (...callArgs: A) => routeQueryOptions(route, inputOf(callArgs), options);
  const useRouteHook = (...callArgs: A) => useQuery(optionsFor(...callArgs));
  return Object.assign(useRouteHook, {
    key: (...callArgs: A) => optionsFor(...callArgs).queryKey,
    options: (...callArgs: A) => {
      const { queryKey, queryFn } = optionsFor(...callArgs);
      return { queryKey, queryFn };
    },
  });
}

/** `routeQuery` for a page of a list (or of a history). */
export function routePageQuery<I extends z.ZodType, O extends z.ZodType, A extends unknown[] = [z.input<I>]>(
  route: Route<I, O>,
  declaration: RouteQueryDeclaration<I, z.output<O>, A> = {},
): RouteQueryHook<A, z.output<O>> {
  return routeQuery(route, { ...declaration, page: true });
}

/** Arguments of the record hooks: `useX(id)`. */
export const byId = (id: string) => ({ id });
/** Arguments of the history hooks (the history panel's `useHistory(id, page, pageSize)`). */
export const byIdPage = (id: string, page: number, pageSize: number) => ({ id, page, pageSize });

export interface RouteMutationDeclaration<I extends z.ZodType, O extends z.ZodType> {
  /**
   * The queries the command changes, as key prefixes (`routeScope(route)`, `routeKey(route, { id })`),
   * or worked out from what was sent (and, after a success, what came back).
   */
  invalidates:
    readonly QueryKey[] | ((input: z.input<I>, output: z.output<O> | undefined) => readonly QueryKey[]);
  /**
   * `'success'` (default): refresh once the command succeeded. `'settled'`: after a refusal too, for
   * commands refused because the record moved on (the screen then shows it as it now is).
   */
  refreshOn?: 'success' | 'settled';
}

/**
 * A typed hook for a route that writes: `routeMutation(ROUTES.estimateUpdate, { invalidates: [scope] })`.
 * The mutation resolves once the invalidated queries on screen have been read again.
 */
export function routeMutation<I extends z.ZodType, O extends z.ZodType>(
  route: Route<I, O>,
  declaration: RouteMutationDeclaration<I, O>,
): () => UseMutationResult<z.output<O>, Error, z.input<I>> {
  const { invalidates, refreshOn = 'success' } = declaration;
  return function useRouteMutation() {
    const queryClient = useQueryClient();
    const refresh = (input: z.input<I>, output: z.output<O> | undefined) => {
      const keys = typeof invalidates === 'function' ? invalidates(input, output) : invalidates;
      return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    };
    return useMutation<z.output<O>, Error, z.input<I>>({
      mutationFn: (input) => callRoute(route, input),
      ...(refreshOn === 'settled'
        ? { onSettled: (output, _error, input) => refresh(input, output) }
        : { onSuccess: (output, input) => refresh(input, output) }),
    });
  };
}
