import { Migration } from '@mikro-orm/migrations';

export class Migration20261129014940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`aid_project_fact\` (\`project_id\` text not null, \`code\` text null, \`title\` text null, \`search_text\` text not null default '', primary key (\`project_id\`));`);
    this.addSql(`create index \`aid_project_fact_title_project_id_index\` on \`aid_project_fact\` (\`title\`, \`project_id\`);`);

    this.addSql(`create table \`delegation_fact\` (\`delegation_id\` text not null, \`version\` integer not null, \`title\` text null, \`search_text\` text not null default '', \`agency_code\` text not null, \`direction\` text not null, \`purpose\` text not null, \`plan_area\` text not null, \`size\` integer not null, \`start_date\` text not null, \`year\` integer not null, primary key (\`delegation_id\`));`);
    this.addSql(`create index \`delegation_fact_size_delegation_id_index\` on \`delegation_fact\` (\`size\`, \`delegation_id\`);`);
    this.addSql(`create index \`delegation_fact_title_delegation_id_index\` on \`delegation_fact\` (\`title\`, \`delegation_id\`);`);
    this.addSql(`create index \`delegation_fact_year_delegation_id_index\` on \`delegation_fact\` (\`year\`, \`delegation_id\`);`);
    this.addSql(`create index \`delegation_fact_direction_year_index\` on \`delegation_fact\` (\`direction\`, \`year\`);`);
    this.addSql(`create index \`delegation_fact_agency_code_year_index\` on \`delegation_fact\` (\`agency_code\`, \`year\`);`);
    this.addSql(`create index \`delegation_fact_plan_area_year_index\` on \`delegation_fact\` (\`plan_area\`, \`year\`);`);

    this.addSql(`create table \`delegation_fact_country\` (\`id\` integer not null primary key autoincrement, \`delegation_id\` text not null, \`year\` integer not null, \`country_code\` text not null, \`asean\` integer not null);`);
    this.addSql(`create index \`delegation_fact_country_country_code_delegation_id_index\` on \`delegation_fact_country\` (\`country_code\`, \`delegation_id\`);`);
    this.addSql(`create index \`delegation_fact_country_year_country_code_index\` on \`delegation_fact_country\` (\`year\`, \`country_code\`);`);
    this.addSql(`create index \`delegation_fact_country_delegation_id_index\` on \`delegation_fact_country\` (\`delegation_id\`);`);

    this.addSql(`create index \`aid_fact_agency_code_year_index\` on \`aid_fact\` (\`agency_code\`, \`year\`);`);
    this.addSql(`create index \`aid_fact_sector_code_year_index\` on \`aid_fact\` (\`sector_code\`, \`year\`);`);
    this.addSql(`create index \`aid_fact_country_code_year_index\` on \`aid_fact\` (\`country_code\`, \`year\`);`);
    this.addSql(`create index \`aid_fact_project_id_year_index\` on \`aid_fact\` (\`project_id\`, \`year\`);`);

    this.addSql(`alter table \`budget_fact\` add column \`description\` text null;`);
    this.addSql(`alter table \`budget_fact\` add column \`search_text\` text not null default '';`);
    this.addSql(`create index \`budget_fact_approved_line_id_index\` on \`budget_fact\` (\`approved\`, \`line_id\`);`);
    this.addSql(`create index \`budget_fact_description_line_id_index\` on \`budget_fact\` (\`description\`, \`line_id\`);`);
    this.addSql(`create index \`budget_fact_year_line_id_index\` on \`budget_fact\` (\`year\`, \`line_id\`);`);
    this.addSql(`create index \`budget_fact_funding_source_year_index\` on \`budget_fact\` (\`funding_source\`, \`year\`);`);

    this.addSql(`alter table \`culture_fact\` add column \`title\` text null;`);
    this.addSql(`alter table \`culture_fact\` add column \`search_text\` text not null default '';`);
    this.addSql(`create index \`culture_fact_audience_cultural_event_id_index\` on \`culture_fact\` (\`audience\`, \`cultural_event_id\`);`);
    this.addSql(`create index \`culture_fact_title_cultural_event_id_index\` on \`culture_fact\` (\`title\`, \`cultural_event_id\`);`);
    this.addSql(`create index \`culture_fact_year_cultural_event_id_index\` on \`culture_fact\` (\`year\`, \`cultural_event_id\`);`);
    this.addSql(`create index \`culture_fact_agency_code_year_index\` on \`culture_fact\` (\`agency_code\`, \`year\`);`);

    this.addSql(`create index \`culture_fact_country_country_code_cultural_event_id_index\` on \`culture_fact_country\` (\`country_code\`, \`cultural_event_id\`);`);

    this.addSql(`alter table \`training_fact\` add column \`code\` text null;`);
    this.addSql(`alter table \`training_fact\` add column \`title\` text null;`);
    this.addSql(`alter table \`training_fact\` add column \`search_text\` text not null default '';`);
    this.addSql(`create index \`training_fact_trained_course_id_index\` on \`training_fact\` (\`trained\`, \`course_id\`);`);
    this.addSql(`create index \`training_fact_title_course_id_index\` on \`training_fact\` (\`title\`, \`course_id\`);`);
    this.addSql(`create index \`training_fact_year_course_id_index\` on \`training_fact\` (\`year\`, \`course_id\`);`);
    this.addSql(`create index \`training_fact_agency_code_year_index\` on \`training_fact\` (\`agency_code\`, \`year\`);`);
  }

}
