import { SearchOrderIndexSqlite } from '@ascc/service-kit';

/**
 * Hand-written: a broad free-text search at a million rows, wherever its matches sit in the list's
 * default order. Each list's default sort column gets a search-order index, kept by triggers and filled
 * from the rows already there (service-kit search.ts, `orderedPage`).
 */
export class Migration20261205150000 extends SearchOrderIndexSqlite([{ table: 'cultural_event', column: 'start_date', kind: 'date' }]) {}
