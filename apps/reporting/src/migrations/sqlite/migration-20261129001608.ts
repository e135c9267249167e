import { Migration } from '@mikro-orm/migrations';

export class Migration20261129001608 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`aid_fact\` (\`id\` integer not null primary key autoincrement, \`transaction_id\` text not null, \`project_id\` text not null, \`agency_code\` text not null, \`type\` text not null, \`year\` integer not null, \`country_code\` text null, \`asean\` integer not null, \`sector_code\` text not null, \`plan_area\` text not null, \`district_code\` text not null, \`weighted\` bigint not null);`);
    this.addSql(`create index \`aid_fact_plan_area_year_index\` on \`aid_fact\` (\`plan_area\`, \`year\`);`);
    this.addSql(`create index \`aid_fact_year_type_index\` on \`aid_fact\` (\`year\`, \`type\`);`);
    this.addSql(`create index \`aid_fact_transaction_id_index\` on \`aid_fact\` (\`transaction_id\`);`);

    this.addSql(`create table \`audit_record\` (\`id\` text not null, \`at\` datetime not null, \`entity\` text not null, \`entity_id\` text not null, \`action\` text not null, \`user_id\` text not null, \`username\` text not null, \`agency_code\` text not null, \`changes\` json not null, \`correlation_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_record_username_at_index\` on \`audit_record\` (\`username\`, \`at\`);`);
    this.addSql(`create index \`audit_record_at_id_index\` on \`audit_record\` (\`at\`, \`id\`);`);
    this.addSql(`create index \`audit_record_entity_entity_id_at_index\` on \`audit_record\` (\`entity\`, \`entity_id\`, \`at\`);`);

    this.addSql(`create table \`budget_fact\` (\`line_id\` text not null, \`estimate_id\` text not null, \`agency_code\` text not null, \`year\` integer not null, \`plan_area\` text null, \`funding_source\` text null, \`requested\` bigint not null, \`approved\` bigint not null, primary key (\`line_id\`));`);
    this.addSql(`create index \`budget_fact_plan_area_year_index\` on \`budget_fact\` (\`plan_area\`, \`year\`);`);
    this.addSql(`create index \`budget_fact_year_agency_code_index\` on \`budget_fact\` (\`year\`, \`agency_code\`);`);
    this.addSql(`create index \`budget_fact_estimate_id_index\` on \`budget_fact\` (\`estimate_id\`);`);

    this.addSql(`create table \`culture_fact\` (\`cultural_event_id\` text not null, \`agency_code\` text not null, \`year\` integer not null, \`type\` text not null, \`district_code\` text null, \`plan_area\` text not null, \`audience\` integer not null, primary key (\`cultural_event_id\`));`);
    this.addSql(`create index \`culture_fact_plan_area_year_index\` on \`culture_fact\` (\`plan_area\`, \`year\`);`);
    this.addSql(`create index \`culture_fact_year_type_index\` on \`culture_fact\` (\`year\`, \`type\`);`);

    this.addSql(`create table \`culture_fact_country\` (\`id\` integer not null primary key autoincrement, \`cultural_event_id\` text not null, \`year\` integer not null, \`country_code\` text not null, \`asean\` integer not null);`);
    this.addSql(`create index \`culture_fact_country_year_country_code_index\` on \`culture_fact_country\` (\`year\`, \`country_code\`);`);
    this.addSql(`create index \`culture_fact_country_cultural_event_id_index\` on \`culture_fact_country\` (\`cultural_event_id\`);`);

    this.addSql(`create table \`outbox_event\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`stream\` text not null, \`data\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null);`);
    this.addSql(`create unique index \`outbox_event_event_id_unique\` on \`outbox_event\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_event_published_at_seq_index\` on \`outbox_event\` (\`published_at\`, \`seq\`);`);

    this.addSql(`create table \`processed_event\` (\`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`event_id\`));`);

    this.addSql(`create table \`training_fact\` (\`course_id\` text not null, \`agency_code\` text not null, \`year\` integer not null, \`topic\` text not null, \`level\` text not null, \`target_group\` text not null, \`plan_area\` text not null, \`trained\` integer not null, \`completed\` integer not null, \`female\` integer not null, \`commune_trained\` integer not null, primary key (\`course_id\`));`);
    this.addSql(`create index \`training_fact_plan_area_year_index\` on \`training_fact\` (\`plan_area\`, \`year\`);`);
    this.addSql(`create index \`training_fact_year_level_index\` on \`training_fact\` (\`year\`, \`level\`);`);

    this.addSql(`create table \`yearly_report\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`agency_code\` text not null, \`year\` integer not null, \`plan_area\` text not null, \`status\` text not null default 'draft', \`narrative\` text not null default '', \`indicators\` json not null, \`difficulties\` text not null default '', \`proposals\` text not null default '', \`figures\` json not null, \`submitted_at\` datetime null, \`late\` integer not null default false, \`review_comment\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`yearly_report_search_text_index\` on \`yearly_report\` (\`search_text\`);`);
    this.addSql(`create index \`yearly_report_updated_at_id_index\` on \`yearly_report\` (\`updated_at\`, \`id\`);`);
    this.addSql(`create index \`yearly_report_status_updated_at_id_index\` on \`yearly_report\` (\`status\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`yearly_report_agency_code_updated_at_id_index\` on \`yearly_report\` (\`agency_code\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`yearly_report_year_updated_at_id_index\` on \`yearly_report\` (\`year\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create unique index \`yearly_report_agency_code_year_plan_area_unique\` on \`yearly_report\` (\`agency_code\`, \`year\`, \`plan_area\`);`);
  }

}
