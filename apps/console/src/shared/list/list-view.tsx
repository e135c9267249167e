import { Button, Flex, Grid, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useResolvedPath } from 'react-router-dom';
import { useT } from '../../i18n/language';
import { useSessionUser } from '../../app/use-session';
import { ColumnChooser } from './column-chooser';
import { arrangeColumns, columnStorageKey, useColumnChoice } from './column-choice';
import { FilterBar } from './filter-bar';
import { ListEmpty } from './list-empty';
import {
  type ListPatch,
  type ListQuerySchema,
  type ListState,
  hasSearchOrFilter,
  listQueryValues,
} from './list-state';
import { ListTable } from './list-table';
import type { ListPageProps } from './list-types';
import {
  clearSearchAndFiltersPatch,
  notChosenFields,
  tableChangePatch,
  withSortOrder,
} from './list-view-logic';
import { openRecordColumn } from './open-record-column';
import { useListState } from './use-list-state';

/**
 * The page shell of a list the user may read: its title and create button, the filter bar, the table,
 * the create drawer and the record drawer's route; the view (page, sort, search, filters) lives in the URL.
 */
export function ListView<T extends { id: string }, S extends ListQuerySchema>(props: ListPageProps<T, S>) {
  const { title, schema, columns, filters, useList, createLabel, emptyHint, renderCreateForm } = props;
  const sortFields = props.sortFields ?? [];
  const t = useT();
  const { search } = useLocation();
  const { state, update } = useListState(schema);
  const fixedValues = props.fixedValues ?? {};
  const values = listQueryValues(state, fixedValues) as Record<string, unknown>;
  const query = useList(values as ListState<S>);
  const [creating, setCreating] = useState(false);
  const canCreate = createLabel !== undefined && renderCreateForm !== undefined;

  const notChosen = notChosenFields(filters, fixedValues);
  const clearSearchAndFilters = () =>
    update(clearSearchAndFiltersPatch(Object.keys(schema.shape), notChosen) as ListPatch<S>);

  const sortableColumns = withSortOrder(columns, sortFields, values);
  const recordName = props.recordName;
  const user = useSessionUser();
  const listPath = useResolvedPath('.').pathname;
  const screen = Grid.useBreakpoint().md === false ? 'phone' : 'wide';
  const columnDefaults = props.columnDefaults ?? {};
  const columnKeys = columns.map((column) => String(column.key ?? ''));
  const columnChoice = useColumnChoice(
    columnKeys,
    columnDefaults,
    screen,
    user ? columnStorageKey(user.username, listPath, screen) : undefined,
  );
  const chosenColumns = arrangeColumns(sortableColumns, columnChoice.shown, columnDefaults, screen);
  const shownColumns: TableColumnsType<T> = recordName
    ? [...chosenColumns, openRecordColumn(t, search, recordName, screen)]
    : chosenColumns;

  const onTableChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    const patch = tableChangePatch(pagination, sorter, extra);
    if (patch) update(patch as ListPatch<S>);
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-button">
            {createLabel}
          </Button>
        )}
      </Flex>

      <FilterBar
        search={props.search !== false}
        filters={filters}
        values={values}
        fixedValues={fixedValues}
        onChange={(patch) => update(patch as ListPatch<S>)}
      >
        <ColumnChooser
          columns={columns.map((column, index) => ({
            key: columnKeys[index],
            label: typeof column.title === 'string' ? column.title : columnKeys[index],
            pinned: columnDefaults.pinned?.includes(columnKeys[index]) ?? false,
          }))}
          shown={columnChoice.shown}
          changed={columnChoice.chosen}
          onChange={columnChoice.choose}
          onReset={() => columnChoice.choose(undefined)}
        />
      </FilterBar>

      <ListTable<T>
        query={query}
        columns={shownColumns}
        empty={
          <ListEmpty
            pending={query.isPending}
            filtered={hasSearchOrFilter(state, notChosen)}
            onClearFilters={clearSearchAndFilters}
            emptyHint={emptyHint}
            createLabel={canCreate ? createLabel : undefined}
            onCreate={() => setCreating(true)}
          />
        }
        onChange={onTableChange}
        screen={screen}
        page={Number(values.page)}
        pageSize={Number(values.pageSize)}
      />
      {canCreate && renderCreateForm({ open: creating, onClose: () => setCreating(false) })}
      {/* The record drawer's route, when one is open. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
