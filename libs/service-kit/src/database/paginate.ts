import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { COUNT_CAP, type Page } from '@ascc/contracts';
import { type Row, findRows } from './lean-rows';
import { filteredPage } from './filtered-page';
import { broadSearch } from './search';
import { shapedRows } from './shaped-sql';

export interface PageQuery<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  order: 'asc' | 'desc';
}

/**
 * One page of a list, counted, filtered and sorted in the database. The id breaks ties so pages never
 * repeat or skip rows when the sort key has duplicates. Counting stops at COUNT_CAP matching rows: an
 * exact count of a million rows costs a full scan on every page view, and nobody pages that far. A
 * filtered page on PostgreSQL is read in bounded steps (`filteredPage`); a broad free-text search on
 * SQLite first looks for its page among the first rows in the list's order (`broadSearch`).
 */
export async function paginate<T extends object, S extends string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  query: PageQuery<S>,
): Promise<Page<T>> {
  const options = { ...pageOptions<T, S>(query) } as FindOptions<T>;
  const filtered = await filteredPage(em, entity, where, query, (w) =>
    em.fork().find(entity, w, { ...options, offset: 0 } as never),
  );
  if (filtered)
    return page(filtered.items, filtered.counted ?? (await cappedCount(em, entity, where)), query);
  const broad = await broadSearch(em, entity, where, broadOrder(query), COUNT_CAP);
  const [items, counted] = await Promise.all([
    firstFullPage(broad?.page, where, query.pageSize, (w) => em.fork().find(entity, w, options as never)),
    broad?.counted ?? cappedCount(em.fork(), entity, where),
  ]);
  return page(items, counted, query);
}

/**
 * The same page as lean rows (`findRows`): for a list whose items are only mapped to DTOs, without
 * making an entity of each row. The entity must have no relations.
 */
export async function paginateRows<T extends object, S extends string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  query: PageQuery<S>,
): Promise<Page<Row<T>>> {
  const filtered = await filteredPage(em, entity, where, query, (w) =>
    findRows(em, entity, w, { ...pageOptions<T, S>(query), offset: 0 }),
  );
  if (filtered)
    return page(filtered.items, filtered.counted ?? (await cappedCount(em, entity, where)), query);
  const broad = await broadSearch(em, entity, where, broadOrder(query), COUNT_CAP);
  const [items, counted] = await Promise.all([
    firstFullPage(broad?.page, where, query.pageSize, (w) =>
      findRows(em, entity, w, pageOptions<T, S>(query)),
    ),
    broad?.counted ?? cappedCount(em, entity, where),
  ]);
  return page(items, counted, query);
}

const broadOrder = (query: PageQuery<string>) => ({
  sort: query.sort,
  order: query.order,
  rows: query.page * query.pageSize,
});

/** The page read with the broad search's bounded filter when it fills a page, else with `where`. */
async function firstFullPage<T, I>(
  bounded: T | null | undefined,
  where: T,
  pageSize: number,
  read: (where: T) => Promise<I[]>,
): Promise<I[]> {
  if (bounded) {
    const items = await read(bounded);
    if (items.length >= pageSize) return items;
  }
  return read(where);
}

function pageOptions<T, S extends string>(query: PageQuery<S>) {
  return {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    orderBy: { [query.sort]: query.order, id: query.order } as QueryOrderMap<T>,
  };
}

function page<I>(items: I[], counted: number, query: PageQuery<string>): Page<I> {
  return {
    items,
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function cappedCount<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
): Promise<number> {
  const sql = em as SqlEntityManager;
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const rows = await shapedRows<{ n: number | string }>(em, meta, 'count', where, [COUNT_CAP + 1], () => {
    const matching = sql
      .createQueryBuilder(entity)
      .select('id')
      .where(where)
      .limit(COUNT_CAP + 1)
      .getKnexQuery();
    const knex = sql.getKnex().count({ n: '*' }).from(matching.as('capped'));
    return { knex, run: async () => (await knex) as { n: number | string }[] };
  });
  return Number(rows[0].n);
}
