import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import type { Page } from '@ascc/contracts';

export interface PageQuery<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  order: 'asc' | 'desc';
}

/**
 * One page of a list, counted, filtered and sorted in the database. The id breaks ties so pages never
 * repeat or skip rows when the sort key has duplicates.
 */
export async function paginate<T extends object, S extends string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  query: PageQuery<S>,
): Promise<Page<T>> {
  const orderBy = { [query.sort]: query.order, id: query.order } as QueryOrderMap<T>;
  const options = {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    orderBy,
  } as FindOptions<T>;
  const [items, total] = await em.findAndCount(entity, where, options as never);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Lower-case, without Vietnamese diacritics, so "dao tao" finds "Đào tạo". */
export function searchText(...parts: (string | undefined | null)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Free-text `q` as a filter on the entity's `searchText` column: every word must appear, in any order,
 * ignoring case and diacritics. LIKE wildcards are dropped from the words: SQLite's LIKE has no default
 * escape character, and nobody searches a plan record for `%`.
 */
export function searchFilter(q: string | undefined): { $and?: { searchText: { $like: string } }[] } {
  const words = searchText(q)
    .replace(/[\\%_]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return {};
  return { $and: words.map((w) => ({ searchText: { $like: `%${w}%` } })) };
}
