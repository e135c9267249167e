import { Migration } from '@mikro-orm/migrations';

export class Migration20261129001610 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "reporting"."aid_fact" ("id" serial primary key, "transaction_id" uuid not null, "project_id" uuid not null, "agency_code" varchar(20) not null, "type" varchar(20) not null, "year" int not null, "country_code" varchar(2) null, "asean" boolean not null, "sector_code" varchar(5) not null, "plan_area" varchar(8) not null, "district_code" varchar(32) not null, "weighted" bigint not null);`);
    this.addSql(`create index "aid_fact_plan_area_year_index" on "reporting"."aid_fact" ("plan_area", "year");`);
    this.addSql(`create index "aid_fact_year_type_index" on "reporting"."aid_fact" ("year", "type");`);
    this.addSql(`create index "aid_fact_transaction_id_index" on "reporting"."aid_fact" ("transaction_id");`);

    this.addSql(`create table "reporting"."audit_record" ("id" uuid not null, "at" timestamptz not null, "entity" varchar(60) not null, "entity_id" varchar(64) not null, "action" varchar(16) not null, "user_id" varchar(64) not null, "username" varchar(40) not null, "agency_code" varchar(32) not null, "changes" jsonb not null, "correlation_id" varchar(64) null, constraint "audit_record_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_record_username_at_index" on "reporting"."audit_record" ("username", "at");`);
    this.addSql(`create index "audit_record_at_id_index" on "reporting"."audit_record" ("at", "id");`);
    this.addSql(`create index "audit_record_entity_entity_id_at_index" on "reporting"."audit_record" ("entity", "entity_id", "at");`);

    this.addSql(`create table "reporting"."budget_fact" ("line_id" uuid not null, "estimate_id" uuid not null, "agency_code" varchar(20) not null, "year" int not null, "plan_area" varchar(8) null, "funding_source" varchar(40) null, "requested" bigint not null, "approved" bigint not null, constraint "budget_fact_pkey" primary key ("line_id"));`);
    this.addSql(`create index "budget_fact_plan_area_year_index" on "reporting"."budget_fact" ("plan_area", "year");`);
    this.addSql(`create index "budget_fact_year_agency_code_index" on "reporting"."budget_fact" ("year", "agency_code");`);
    this.addSql(`create index "budget_fact_estimate_id_index" on "reporting"."budget_fact" ("estimate_id");`);

    this.addSql(`create table "reporting"."culture_fact" ("cultural_event_id" uuid not null, "agency_code" varchar(20) not null, "year" int not null, "type" varchar(40) not null, "district_code" varchar(32) null, "plan_area" varchar(8) not null, "audience" int not null, constraint "culture_fact_pkey" primary key ("cultural_event_id"));`);
    this.addSql(`create index "culture_fact_plan_area_year_index" on "reporting"."culture_fact" ("plan_area", "year");`);
    this.addSql(`create index "culture_fact_year_type_index" on "reporting"."culture_fact" ("year", "type");`);

    this.addSql(`create table "reporting"."culture_fact_country" ("id" serial primary key, "cultural_event_id" uuid not null, "year" int not null, "country_code" varchar(2) not null, "asean" boolean not null);`);
    this.addSql(`create index "culture_fact_country_year_country_code_index" on "reporting"."culture_fact_country" ("year", "country_code");`);
    this.addSql(`create index "culture_fact_country_cultural_event_id_index" on "reporting"."culture_fact_country" ("cultural_event_id");`);

    this.addSql(`create table "reporting"."outbox_event" ("seq" serial primary key, "event_id" uuid not null, "subject" varchar(120) not null, "stream" varchar(60) not null, "data" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "reporting"."outbox_event" add constraint "outbox_event_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_event_published_at_seq_index" on "reporting"."outbox_event" ("published_at", "seq");`);

    this.addSql(`create table "reporting"."processed_event" ("event_id" uuid not null, "subject" varchar(120) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id"));`);

    this.addSql(`create table "reporting"."training_fact" ("course_id" uuid not null, "agency_code" varchar(20) not null, "year" int not null, "topic" varchar(40) not null, "level" varchar(20) not null, "target_group" varchar(40) not null, "plan_area" varchar(8) not null, "trained" int not null, "completed" int not null, "female" int not null, "commune_trained" int not null, constraint "training_fact_pkey" primary key ("course_id"));`);
    this.addSql(`create index "training_fact_plan_area_year_index" on "reporting"."training_fact" ("plan_area", "year");`);
    this.addSql(`create index "training_fact_year_level_index" on "reporting"."training_fact" ("year", "level");`);

    this.addSql(`create table "reporting"."yearly_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "agency_code" varchar(20) not null, "year" int not null, "plan_area" varchar(8) not null, "status" varchar(16) not null default 'draft', "narrative" text not null default '', "indicators" jsonb not null, "difficulties" text not null default '', "proposals" text not null default '', "figures" jsonb not null, "submitted_at" timestamptz null, "late" boolean not null default false, "review_comment" text null, constraint "yearly_report_pkey" primary key ("id"));`);
    this.addSql(`create index "yearly_report_search_text_index" on "reporting"."yearly_report" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "yearly_report_updated_at_id_index" on "reporting"."yearly_report" ("updated_at", "id");`);
    this.addSql(`create index "yearly_report_status_updated_at_id_index" on "reporting"."yearly_report" ("status", "updated_at", "id");`);
    this.addSql(`create index "yearly_report_agency_code_updated_at_id_index" on "reporting"."yearly_report" ("agency_code", "updated_at", "id");`);
    this.addSql(`create index "yearly_report_year_updated_at_id_index" on "reporting"."yearly_report" ("year", "updated_at", "id");`);
    this.addSql(`alter table "reporting"."yearly_report" add constraint "yearly_report_agency_code_year_plan_area_unique" unique ("agency_code", "year", "plan_area");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."aid_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."audit_record" cascade;`);

    this.addSql(`drop table if exists "reporting"."budget_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."culture_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."culture_fact_country" cascade;`);

    this.addSql(`drop table if exists "reporting"."outbox_event" cascade;`);

    this.addSql(`drop table if exists "reporting"."processed_event" cascade;`);

    this.addSql(`drop table if exists "reporting"."training_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."yearly_report" cascade;`);

    this.addSql(`drop schema if exists "reporting";`);
  }

}
