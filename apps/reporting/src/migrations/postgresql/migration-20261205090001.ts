import { Migration } from '@mikro-orm/migrations';

const FACTS = ['training_fact', 'culture_fact', 'aid_project_fact', 'delegation_fact', 'budget_fact'];

/** Free-text search at a million rows: the read model's facts get the trigram index other searched tables have. */
export class Migration20261205090001 extends Migration {
  override async up(): Promise<void> {
    for (const table of FACTS)
      this.addSql(
        `create index "${table}_search_text_index" on "reporting"."${table}" using gin ("search_text" public.gin_trgm_ops);`,
      );
  }

  override async down(): Promise<void> {
    for (const table of FACTS) this.addSql(`drop index "reporting"."${table}_search_text_index";`);
  }
}
