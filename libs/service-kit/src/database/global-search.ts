import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import {
  SEARCH_KINDS,
  SEARCH_LIMIT,
  type SearchHit,
  type SearchKind,
  type ServiceSearchAnswer,
} from '@ascc/contracts';
import { type RequestContext, agencyScope } from '../auth/request-context';
import { type Row, findRows } from './lean-rows';
import { boundedSearch, searchFilter, searchWords } from './search';

/**
 * The records of one kind the global search shows the caller: the kind's list filter, not a copy of it —
 * its `q` (`searchFilter`) and its agency rule (`agencyScope` under the list route's own permission: 403
 * for a role the list refuses, the caller's agency for an own-agency grant) — first SEARCH_LIMIT rows,
 * no count and no sort, so a broad word stops at the fifth match instead of ranking a million.
 */
export async function findForSearch<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  kind: SearchKind,
  q: string,
  ctx: RequestContext,
): Promise<Row<T>[]> {
  const scope = agencyScope(SEARCH_KINDS[kind].list.permission, ctx, undefined);
  if (!searchWords(q).length) return [];
  const where = { ...searchFilter(em, entity, q), ...scope } as FilterQuery<T>;
  // A broad word: the first matches the index finds usually hold the few rows shown (SQLite).
  const bounded = boundedSearch(em, where, SEARCH_BOUNDED_ROWS);
  if (bounded) {
    const rows = await findRows(em, entity, bounded, { limit: SEARCH_LIMIT });
    if (rows.length >= SEARCH_LIMIT) return rows;
  }
  return findRows(em, entity, where, { limit: SEARCH_LIMIT });
}

/** The index's first matches a global search looks among before reading every match. */
const SEARCH_BOUNDED_ROWS = 500;

/**
 * A service's answer to `<service>.search.find`: each asked kind it keeps, found by its finder, in the
 * order asked. A kind another service keeps is not this one's to answer and is left out.
 */
export async function answerSearch(
  kinds: readonly SearchKind[],
  finders: Partial<Record<SearchKind, () => Promise<SearchHit[]>>>,
): Promise<ServiceSearchAnswer> {
  const mine = kinds.filter((kind) => finders[kind]);
  const found = await Promise.all(mine.map((kind) => (finders[kind] as () => Promise<SearchHit[]>)()));
  return { groups: mine.map((kind, i) => ({ kind, items: found[i] })) };
}
