import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { FilterControl } from './filter-control';
import type { ListFilter } from './list-types';
import { SearchBox } from './search-box';

/** The list's search box and filters, then whatever else belongs in the bar (the column chooser). */
export function FilterBar({
  search,
  filters,
  values,
  fixedValues,
  onChange,
  children,
}: {
  /** Whether the free-text search box (`q`) shows. */
  search: boolean;
  filters: ListFilter[];
  values: Record<string, unknown>;
  fixedValues: Record<string, string>;
  onChange: (patch: Record<string, unknown>) => void;
  children?: ReactNode;
}) {
  return (
    <Flex wrap gap="small" role="search">
      {search && (
        <SearchBox value={String(values.q ?? '')} onSearch={(q) => onChange({ q: q || undefined })} />
      )}
      {filters.map((filter) => (
        <FilterControl
          key={filter.name}
          filter={filter}
          values={values}
          fixed={filter.name in fixedValues}
          onChange={onChange}
        />
      ))}
      {children}
    </Flex>
  );
}
