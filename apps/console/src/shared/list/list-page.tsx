import { useCan } from '../../modules/auth/hooks/use-can';
import { Forbidden } from '../forbidden';
import type { ListQuerySchema } from './list-state';
import type { ListPageProps } from './list-types';
import { ListView } from './list-view';

// The modules import the list's types from here, with the page.
export type { CreateFormProps, ListFilter, ListPageProps } from './list-types';

/**
 * The building block of every list: server-side paging, sorting and search with the view kept in the
 * URL, filters, and the loading, empty and error states, plus the create drawer and the record drawer.
 * A user who may not read the list is told so instead of meeting a failing request.
 */
export function ListPage<T extends { id: string }, S extends ListQuerySchema>(props: ListPageProps<T, S>) {
  const readable = useCan(props.readPermission ?? 'public');
  return readable.allowed ? <ListView {...props} /> : <Forbidden />;
}
