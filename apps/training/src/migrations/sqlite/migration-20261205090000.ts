import { SearchIndexSqlite } from '@ascc/service-kit';

/**
 * Hand-written: free-text search at a million rows. Each searched table gets its FTS5 trigram index,
 * kept by triggers and filled from the rows already there (service-kit search.ts).
 */
export class Migration20261205090000 extends SearchIndexSqlite(['training_course', 'trainee']) {}
