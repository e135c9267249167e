import type { Page, PermissionKey } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Option } from '../form/controls';
import type { ColumnDefaults } from './column-choice';
import type { ListQuerySchema, ListState } from './list-state';

/** A select (the default), a text box applied on Enter, or a from–to date range (two URL fields). */
export type ListFilter =
  | {
      kind?: 'select';
      name: string;
      label: string;
      options: Option[];
      /** Always has a value (its schema default), so it cannot be cleared. */
      required?: boolean;
    }
  | { kind: 'text'; name: string; label: string }
  | { kind: 'dateRange'; name: string; to: string; label: string; toLabel: string };

export interface CreateFormProps {
  open: boolean;
  onClose: () => void;
}

export interface ListPageProps<T extends { id: string }, S extends ListQuerySchema> {
  title: string;
  /** The contract's list query schema; it parses the URL, so only values the server accepts get through. */
  schema: S;
  /** The entity's allowed sort fields; a column whose `key` is one of them becomes sortable. */
  sortFields?: readonly string[];
  columns: TableColumnsType<T>;
  filters: ListFilter[];
  useList: (query: ListState<S>) => UseQueryResult<Page<T>>;
  /** Who may read this list; anyone else is told so instead of meeting a failing request. */
  readPermission?: PermissionKey;
  /**
   * Query values fixed for this user, e.g. their own agency when that is all they may see: sent with
   * every request and shown, but not offered to change or clear.
   */
  fixedValues?: Record<string, string>;
  /** The free-text search box (`q`); off for lists whose query has none. */
  search?: boolean;
  /** With both, a create button (and the empty list's call to action); left out when the user may not create. */
  createLabel?: string;
  renderCreateForm?: (props: CreateFormProps) => ReactNode;
  emptyHint: string;
  /**
   * Gives each row a link to `<list path>/<id>`, where a nested route shows the record in a drawer over
   * the list; the name is what the link says to a screen reader.
   */
  recordName?: (record: T) => string;
  /**
   * Which columns show before the user chooses (the column chooser keeps each user's choice per list):
   * key columns pinned, wide ones hidden, and the few a phone shows.
   */
  columnDefaults?: ColumnDefaults;
}
