import { Migration } from '@mikro-orm/migrations';
import { dropSearchIndexSqliteSql, searchIndexSqliteSql } from '@ascc/service-kit';

const FACTS = ['training_fact', 'culture_fact', 'aid_project_fact', 'delegation_fact', 'budget_fact'];
const TABLES = ['yearly_report', 'review_snapshot', 'training_fact', 'culture_fact', 'aid_project_fact', 'delegation_fact', 'budget_fact'];

/**
 * Hand-written: free-text search at a million rows. Each searched table gets its FTS5 trigram index,
 * kept by triggers and filled from the rows already there (service-kit search.ts); the read model's
 * facts also get the plain index on their search column the other searched tables have.
 */
export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    for (const table of FACTS)
      this.addSql(`create index \`${table}_search_text_index\` on \`${table}\` (\`search_text\`);`);
    for (const table of TABLES) for (const statement of searchIndexSqliteSql(table)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of TABLES) for (const statement of dropSearchIndexSqliteSql(table)) this.addSql(statement);
    for (const table of FACTS) this.addSql(`drop index if exists \`${table}_search_text_index\`;`);
  }
}
