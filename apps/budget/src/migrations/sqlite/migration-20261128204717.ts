import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204717 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_estimate\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`agency_code\` text not null, \`fiscal_year\` integer not null, \`title_vi\` text not null, \`plan_area\` text not null, \`funding_source\` text not null, \`requested_amount\` bigint not null, \`notes\` text null, \`status\` text not null default 'draft', primary key (\`id\`));`);
    this.addSql(`create index \`budget_estimate_search_text_index\` on \`budget_estimate\` (\`search_text\`);`);
    this.addSql(`create index \`budget_estimate_funding_source_fiscal_year_id_index\` on \`budget_estimate\` (\`funding_source\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_agency_code_fiscal_year_id_index\` on \`budget_estimate\` (\`agency_code\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_status_fiscal_year_id_index\` on \`budget_estimate\` (\`status\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_created_at_id_index\` on \`budget_estimate\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_agency_code_id_index\` on \`budget_estimate\` (\`agency_code\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_requested_amount_id_index\` on \`budget_estimate\` (\`requested_amount\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_fiscal_year_id_index\` on \`budget_estimate\` (\`fiscal_year\`, \`id\`);`);
    this.addSql(`create unique index \`budget_estimate_agency_code_fiscal_year_unique\` on \`budget_estimate\` (\`agency_code\`, \`fiscal_year\`);`);
  }

}
