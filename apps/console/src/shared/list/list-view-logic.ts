import type { TableColumnsType, TableProps } from 'antd';
import type { ListFilter } from './list-types';
import { PAGING_FIELDS } from './list-state';

/** The page sizes a list offers. */
export const PAGE_SIZES = [10, 20, 50, 100];

/**
 * The query fields the user did not choose, so "clear filters" leaves them and they do not make a list
 * "filtered": the fixed values and the required selects (which always have their default).
 */
export function notChosenFields(filters: ListFilter[], fixedValues: Record<string, string>): Set<string> {
  return new Set([
    ...Object.keys(fixedValues),
    ...filters
      .filter((filter) => (filter.kind ?? 'select') === 'select' && 'required' in filter && filter.required)
      .map((filter) => filter.name),
  ]);
}

/** The patch that clears the search and every filter the user chose, paging aside. */
export function clearSearchAndFiltersPatch(
  fieldNames: string[],
  notChosen: Set<string>,
): Record<string, undefined> {
  return Object.fromEntries(
    fieldNames
      .filter((name) => !PAGING_FIELDS.has(name) && !notChosen.has(name))
      .map((name) => [name, undefined]),
  );
}

/** Makes the columns whose key is an allowed sort field sortable, showing the URL's sort on its column. */
export function withSortOrder<T>(
  columns: TableColumnsType<T>,
  sortFields: readonly string[],
  values: Record<string, unknown>,
): TableColumnsType<T> {
  return columns.map((column) => {
    const key = String(column.key ?? '');
    if (!sortFields.includes(key)) return column;
    const sortOrder = values.sort === key ? (values.order === 'asc' ? 'ascend' : 'descend') : null;
    return { ...column, sorter: true, sortOrder } as (typeof columns)[number];
  });
}

type TableChange<T> = Parameters<NonNullable<TableProps<T>['onChange']>>;

/** The URL patch for a change of page or sort in the table; `undefined` for anything else. */
export function tableChangePatch<T>(
  pagination: TableChange<T>[0],
  sorter: TableChange<T>[2],
  extra: TableChange<T>[3],
): Record<string, unknown> | undefined {
  if (extra.action === 'paginate') {
    return { page: pagination.current, pageSize: pagination.pageSize };
  }
  if (extra.action === 'sort') {
    const active = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = active?.order === 'ascend' ? 'asc' : active?.order === 'descend' ? 'desc' : undefined;
    return { sort: order ? active?.columnKey : undefined, order };
  }
  return undefined;
}
