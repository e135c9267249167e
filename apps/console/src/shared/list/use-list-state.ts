import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  type ListPatch,
  type ListQuerySchema,
  type ListState,
  parseListState,
  serialiseListState,
} from './list-state';

export interface ListStateControls<S extends ListQuerySchema> {
  state: ListState<S>;
  /** Merges `patch` into the URL; anything but a page change starts again at page 1. */
  update: (patch: ListPatch<S>) => void;
  reset: () => void;
}

/** A list's page, size, sort, search and filters, kept in the URL so a link reproduces the view. */
export function useListState<S extends ListQuerySchema>(schema: S): ListStateControls<S> {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(schema, params), [schema, params]);
  const update = useCallback(
    (patch: ListPatch<S>) =>
      setParams((current) => {
        const paging = Object.keys(patch).every((name) => name === 'page' || name === 'pageSize');
        const next = { ...parseListState(schema, current), ...(paging ? {} : { page: 1 }), ...patch };
        return serialiseListState(schema, next);
      }),
    [schema, setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { state, update, reset };
}
