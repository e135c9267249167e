import { Migration } from '@mikro-orm/migrations';

export class Migration20261129014941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."aid_project_fact" ("project_id" uuid not null, "code" text null, "title" text null, "search_text" text not null default '', constraint "aid_project_fact_pkey" primary key ("project_id"));`);
    this.addSql(`create index "aid_project_fact_title_project_id_index" on "reporting"."aid_project_fact" ("title", "project_id");`);

    this.addSql(`create table "reporting"."delegation_fact" ("delegation_id" uuid not null, "version" int not null, "title" text null, "search_text" text not null default '', "agency_code" varchar(20) not null, "direction" varchar(10) not null, "purpose" varchar(20) not null, "plan_area" varchar(8) not null, "size" int not null, "start_date" varchar(10) not null, "year" int not null, constraint "delegation_fact_pkey" primary key ("delegation_id"));`);
    this.addSql(`create index "delegation_fact_size_delegation_id_index" on "reporting"."delegation_fact" ("size", "delegation_id");`);
    this.addSql(`create index "delegation_fact_title_delegation_id_index" on "reporting"."delegation_fact" ("title", "delegation_id");`);
    this.addSql(`create index "delegation_fact_year_delegation_id_index" on "reporting"."delegation_fact" ("year", "delegation_id");`);
    this.addSql(`create index "delegation_fact_direction_year_index" on "reporting"."delegation_fact" ("direction", "year");`);
    this.addSql(`create index "delegation_fact_agency_code_year_index" on "reporting"."delegation_fact" ("agency_code", "year");`);
    this.addSql(`create index "delegation_fact_plan_area_year_index" on "reporting"."delegation_fact" ("plan_area", "year");`);

    this.addSql(`create table "reporting"."delegation_fact_country" ("id" serial primary key, "delegation_id" uuid not null, "year" int not null, "country_code" varchar(2) not null, "asean" boolean not null);`);
    this.addSql(`create index "delegation_fact_country_country_code_delegation_id_index" on "reporting"."delegation_fact_country" ("country_code", "delegation_id");`);
    this.addSql(`create index "delegation_fact_country_year_country_code_index" on "reporting"."delegation_fact_country" ("year", "country_code");`);
    this.addSql(`create index "delegation_fact_country_delegation_id_index" on "reporting"."delegation_fact_country" ("delegation_id");`);

    this.addSql(`create index "aid_fact_agency_code_year_index" on "reporting"."aid_fact" ("agency_code", "year");`);
    this.addSql(`create index "aid_fact_sector_code_year_index" on "reporting"."aid_fact" ("sector_code", "year");`);
    this.addSql(`create index "aid_fact_country_code_year_index" on "reporting"."aid_fact" ("country_code", "year");`);
    this.addSql(`create index "aid_fact_project_id_year_index" on "reporting"."aid_fact" ("project_id", "year");`);

    this.addSql(`alter table "reporting"."budget_fact" add column "description" text null, add column "search_text" text not null default '';`);
    this.addSql(`create index "budget_fact_approved_line_id_index" on "reporting"."budget_fact" ("approved", "line_id");`);
    this.addSql(`create index "budget_fact_description_line_id_index" on "reporting"."budget_fact" ("description", "line_id");`);
    this.addSql(`create index "budget_fact_year_line_id_index" on "reporting"."budget_fact" ("year", "line_id");`);
    this.addSql(`create index "budget_fact_funding_source_year_index" on "reporting"."budget_fact" ("funding_source", "year");`);

    this.addSql(`alter table "reporting"."culture_fact" add column "title" text null, add column "search_text" text not null default '';`);
    this.addSql(`create index "culture_fact_audience_cultural_event_id_index" on "reporting"."culture_fact" ("audience", "cultural_event_id");`);
    this.addSql(`create index "culture_fact_title_cultural_event_id_index" on "reporting"."culture_fact" ("title", "cultural_event_id");`);
    this.addSql(`create index "culture_fact_year_cultural_event_id_index" on "reporting"."culture_fact" ("year", "cultural_event_id");`);
    this.addSql(`create index "culture_fact_agency_code_year_index" on "reporting"."culture_fact" ("agency_code", "year");`);

    this.addSql(`create index "culture_fact_country_country_code_cultural_event_id_index" on "reporting"."culture_fact_country" ("country_code", "cultural_event_id");`);

    this.addSql(`alter table "reporting"."training_fact" add column "code" text null, add column "title" text null, add column "search_text" text not null default '';`);
    this.addSql(`create index "training_fact_trained_course_id_index" on "reporting"."training_fact" ("trained", "course_id");`);
    this.addSql(`create index "training_fact_title_course_id_index" on "reporting"."training_fact" ("title", "course_id");`);
    this.addSql(`create index "training_fact_year_course_id_index" on "reporting"."training_fact" ("year", "course_id");`);
    this.addSql(`create index "training_fact_agency_code_year_index" on "reporting"."training_fact" ("agency_code", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."aid_project_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."delegation_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."delegation_fact_country" cascade;`);

    this.addSql(`drop index "reporting"."aid_fact_agency_code_year_index";`);
    this.addSql(`drop index "reporting"."aid_fact_sector_code_year_index";`);
    this.addSql(`drop index "reporting"."aid_fact_country_code_year_index";`);
    this.addSql(`drop index "reporting"."aid_fact_project_id_year_index";`);

    this.addSql(`drop index "reporting"."budget_fact_approved_line_id_index";`);
    this.addSql(`drop index "reporting"."budget_fact_description_line_id_index";`);
    this.addSql(`drop index "reporting"."budget_fact_year_line_id_index";`);
    this.addSql(`drop index "reporting"."budget_fact_funding_source_year_index";`);
    this.addSql(`alter table "reporting"."budget_fact" drop column "description", drop column "search_text";`);

    this.addSql(`drop index "reporting"."culture_fact_audience_cultural_event_id_index";`);
    this.addSql(`drop index "reporting"."culture_fact_title_cultural_event_id_index";`);
    this.addSql(`drop index "reporting"."culture_fact_year_cultural_event_id_index";`);
    this.addSql(`drop index "reporting"."culture_fact_agency_code_year_index";`);
    this.addSql(`alter table "reporting"."culture_fact" drop column "title", drop column "search_text";`);

    this.addSql(`drop index "reporting"."culture_fact_country_country_code_cultural_event_id_index";`);

    this.addSql(`drop index "reporting"."training_fact_trained_course_id_index";`);
    this.addSql(`drop index "reporting"."training_fact_title_course_id_index";`);
    this.addSql(`drop index "reporting"."training_fact_year_course_id_index";`);
    this.addSql(`drop index "reporting"."training_fact_agency_code_year_index";`);
    this.addSql(`alter table "reporting"."training_fact" drop column "code", drop column "title", drop column "search_text";`);
  }

}
