import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { sqlDialect } from './orm-options';
import { knexOf, run, toNumber } from './sql';

/**
 * A filtered page in a sort order on PostgreSQL, without the planner's worst case.
 *
 * For `WHERE <filter> ORDER BY <column>, id LIMIT 20` PostgreSQL usually walks the column's index in
 * order and tests each row, assuming the matching rows are spread evenly through that order. When they
 * sit at its end — planned courses sorted by code, the thousands of copies of one delegation sorted by
 * date — the walk reads nearly the whole table before it finds a page: 2.5–5 s at a million rows
 * (measured; the gateway's timeout answered 503). So a filtered page is read in two bounded steps:
 *
 * 1. Among the first rows in the list's order only (`PREFIX_ROWS`, more for deeper pages): a walk of
 *    the order index, each row tested, that stops at the page's last row or at the prefix's end. When
 *    the prefix holds the page, it is the page: no row outside it can come before.
 * 2. Otherwise from every matching row: the filter's own indexes (a status, the trigram index of a
 *    search) find them into a materialised set, which is sorted for the page and counted. Its cost
 *    grows with the matching rows, not with the table — and the first step has already answered the
 *    pages whose matches are many and early.
 *
 * Null when the list has no filter, or only equal-to filters that an index leads with before the sort
 * column (an agency's courses by date, a project's transactions: that index answers it); when the sort
 * is not a column of the row; when the page lies too deep (the planner's way then); and on SQLite (its
 * broad searches have their own index, `broadSearch`; its planner sorts the filter's rows in these
 * cases). The count comes with the second step's page (uncapped: `paginate` caps it), else null.
 */
export async function filteredPage<T extends object, I>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  query: { page: number; pageSize: number; sort: string; order: 'asc' | 'desc' },
  read: (where: FilterQuery<T>) => Promise<I[]>,
): Promise<{ items: I[]; counted: number | null } | null> {
  if (sqlDialect(em) !== 'postgresql' || !hasFilter(where)) return null;
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const prop = meta.properties[query.sort as never] as
    { kind: ReferenceKind; fieldNames?: string[]; persist?: boolean } | undefined;
  if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || !prop.fieldNames?.length)
    return null;
  if (indexAnswers(meta, where, query.sort)) return null;
  const rows = query.page * query.pageSize;
  const prefixRows = Math.max(PREFIX_ROWS, rows * PREFIX_ROWS_PER_PAGE_ROW);
  if (prefixRows > PREFIX_MAX_ROWS) return null;
  const offset = (query.page - 1) * query.pageSize;
  const sql = em as SqlEntityManager;
  const orderBy = { [query.sort]: query.order, id: query.order } as never;
  // The page's rows, read by their ids in the list's order (`read` applies it).
  const byIds = (ids: { id: string }[]) =>
    ids.length
      ? read({ id: { $in: ids.map((r) => r.id) } } as unknown as FilterQuery<T>)
      : Promise.resolve([]);

  // The first prefixRows rows in order, then the filter: the walk stops once the page is found.
  const prefix = sql.createQueryBuilder(entity, 'o').orderBy(orderBy).limit(prefixRows);
  const found = (await sql
    .createQueryBuilder(entity)
    .from(prefix, 'p')
    .select('id')
    .where(where)
    .orderBy(orderBy)
    .limit(query.pageSize)
    .offset(offset)
    .execute('all', false)) as { id: string }[];
  if (found.length >= query.pageSize) return { items: await byIds(found), counted: null };

  const column = prop.fieldNames[0];
  const knex = knexOf(em);
  const matching = sql
    .createQueryBuilder(entity, 'f')
    .select((query.sort === 'id' ? ['id'] : ['id', query.sort]) as never)
    .where(where)
    .getKnexQuery();
  const page = await run<{ id: string; n: number | string }>(
    em,
    knex
      .withMaterialized('m', matching)
      .from('m')
      .select('id', knex.raw('(select count(*) from m) as n'))
      .orderBy([
        { column, order: query.order },
        { column: 'id', order: query.order },
      ])
      .limit(query.pageSize)
      .offset(offset),
  );
  if (!page.length) return { items: [], counted: null };
  return { items: await byIds(page), counted: toNumber(page[0].n) };
}

/** The rows in list order a filtered page is first looked for among: at least these… */
const PREFIX_ROWS = 2_000;
/** …or this many per row up to the page's end… */
const PREFIX_ROWS_PER_PAGE_ROW = 100;
/** …and at most these (deeper pages are read the planner's way). */
const PREFIX_MAX_ROWS = 50_000;

/** Whether a list's `where` filters at all (an empty search or an absent filter adds no condition). */
function hasFilter(where: object): boolean {
  return Object.values(where).some(
    (value) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
}

/**
 * Whether `where` is only equal-to filters on columns that an index of the entity holds first, followed
 * by the sort column: that index reads the page in order, nothing but matching rows.
 */
function indexAnswers(
  meta: { indexes: { properties?: string | string[] }[]; uniques: { properties?: string | string[] }[] },
  where: object,
  sort: string,
): boolean {
  const entries = Object.entries(where).filter(([, value]) => value !== undefined);
  if (!entries.every(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))) return false;
  const keys = entries.map(([key]) => key);
  return [...meta.indexes, ...meta.uniques].some(({ properties }) => {
    const columns = [properties ?? []].flat();
    return columns[keys.length] === sort && keys.every((key) => columns.slice(0, keys.length).includes(key));
  });
}
