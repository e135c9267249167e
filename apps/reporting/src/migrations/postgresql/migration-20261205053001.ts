import { Migration } from '@mikro-orm/migrations';

export class Migration20261205053001 extends Migration {

  /** The budget lines of one agency: the records list of a caller whose grant reaches only their own. */
  override async up(): Promise<void> {
    this.addSql(`create index "budget_fact_agency_code_year_index" on "reporting"."budget_fact" ("agency_code", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "reporting"."budget_fact_agency_code_year_index";`);
  }

}
