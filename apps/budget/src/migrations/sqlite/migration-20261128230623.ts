import { Migration } from '@mikro-orm/migrations';

export class Migration20261128230623 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_consolidation\` (\`fiscal_year\` integer not null, \`status\` text not null, \`version\` integer not null default 1, \`consolidated_at\` datetime not null, \`consolidated_by\` text not null, \`submitted_at\` datetime null, \`submission_number\` text null, \`decision_number\` text null, \`decision_date\` text null, primary key (\`fiscal_year\`));`);

    this.addSql(`create table \`budget_deadline\` (\`fiscal_year\` integer not null, \`deadline\` text not null, primary key (\`fiscal_year\`));`);

    this.addSql(`create table \`budget_estimate_version\` (\`id\` text not null, \`estimate_id\` text not null, \`version_no\` integer not null, \`submitted_at\` datetime not null, \`submitted_by\` text not null, \`snapshot\` json not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`budget_estimate_version_estimate_id_version_no_unique\` on \`budget_estimate_version\` (\`estimate_id\`, \`version_no\`);`);

    this.addSql(`create table \`budget_line\` (\`id\` text not null, \`estimate_id\` text not null, \`position\` integer not null, \`description\` text not null, \`plan_area\` text not null, \`activity_kind\` text null, \`activity_id\` text null, \`activity_label\` text null, \`chapter\` text null, \`section\` text null, \`item\` text null, \`funding_source\` text not null, \`quantity\` integer not null, \`unit_cost\` bigint not null, \`amount\` bigint not null, \`approved_amount\` bigint null, \`review_comment\` text null, \`notes\` text null, \`flag\` text null, constraint \`budget_line_estimate_id_foreign\` foreign key(\`estimate_id\`) references \`budget_estimate\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`budget_line_estimate_id_index\` on \`budget_line\` (\`estimate_id\`);`);
    this.addSql(`create index \`budget_line_activity_id_index\` on \`budget_line\` (\`activity_id\`);`);
    this.addSql(`create index \`budget_line_estimate_id_position_index\` on \`budget_line\` (\`estimate_id\`, \`position\`);`);

    this.addSql(`create table \`budget_review\` (\`id\` text not null, \`estimate_id\` text not null, \`version_no\` integer not null, \`decision\` text not null, \`comment\` text null, \`lines\` json not null, \`at\` datetime not null, \`by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`budget_review_estimate_id_at_index\` on \`budget_review\` (\`estimate_id\`, \`at\`);`);

    this.addSql(`create table \`budget_idempotency_key\` (\`key\` text not null, \`estimate_id\` text not null, \`response\` json not null, \`created_at\` datetime not null, primary key (\`key\`));`);

    this.addSql(`drop index \`budget_estimate_funding_source_fiscal_year_id_index\`;`);
    this.addSql(`alter table \`budget_estimate\` drop column \`plan_area\`;`);
    this.addSql(`alter table \`budget_estimate\` drop column \`funding_source\`;`);

    this.addSql(`alter table \`budget_estimate\` add column \`approved_amount\` bigint null;`);
    this.addSql(`alter table \`budget_estimate\` add column \`version_no\` integer not null default 0;`);
    this.addSql(`alter table \`budget_estimate\` add column \`submitted_at\` datetime null;`);
    this.addSql(`alter table \`budget_estimate\` add column \`late\` integer not null default 0;`);
    this.addSql(`alter table \`budget_estimate\` add column \`review_comment\` text null;`);
    this.addSql(`alter table \`budget_estimate\` add column \`flagged_lines\` integer not null default 0;`);
    this.addSql(`create index \`budget_estimate_late_fiscal_year_id_index\` on \`budget_estimate\` (\`late\`, \`fiscal_year\`, \`id\`);`);

    // Rebuilds budget_estimate as MikroORM models it (SQLite cannot alter a column's default in place).
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`budget_estimate__temp_alter\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`agency_code\` text not null, \`fiscal_year\` integer not null, \`title_vi\` text not null, \`notes\` text null, \`status\` text not null default 'draft', \`requested_amount\` bigint not null default 0, \`approved_amount\` bigint null, \`version_no\` integer not null default 0, \`submitted_at\` datetime null, \`late\` integer not null, \`review_comment\` text null, \`flagged_lines\` integer not null default 0, primary key (\`id\`));`);
    this.addSql(`insert into \`budget_estimate__temp_alter\` select \`id\`, \`version\`, \`created_at\`, \`updated_at\`, \`search_text\`, \`agency_code\`, \`fiscal_year\`, \`title_vi\`, \`notes\`, \`status\`, \`requested_amount\`, \`approved_amount\`, \`version_no\`, \`submitted_at\`, \`late\`, \`review_comment\`, \`flagged_lines\` from \`budget_estimate\`;`);
    this.addSql(`drop table \`budget_estimate\`;`);
    this.addSql(`alter table \`budget_estimate__temp_alter\` rename to \`budget_estimate\`;`);
    this.addSql(`create index \`budget_estimate_search_text_index\` on \`budget_estimate\` (\`search_text\`);`);
    this.addSql(`create index \`budget_estimate_late_fiscal_year_id_index\` on \`budget_estimate\` (\`late\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_agency_code_fiscal_year_id_index\` on \`budget_estimate\` (\`agency_code\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_status_fiscal_year_id_index\` on \`budget_estimate\` (\`status\`, \`fiscal_year\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_created_at_id_index\` on \`budget_estimate\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_agency_code_id_index\` on \`budget_estimate\` (\`agency_code\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_requested_amount_id_index\` on \`budget_estimate\` (\`requested_amount\`, \`id\`);`);
    this.addSql(`create index \`budget_estimate_fiscal_year_id_index\` on \`budget_estimate\` (\`fiscal_year\`, \`id\`);`);
    this.addSql(`create unique index \`budget_estimate_agency_code_fiscal_year_unique\` on \`budget_estimate\` (\`agency_code\`, \`fiscal_year\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
