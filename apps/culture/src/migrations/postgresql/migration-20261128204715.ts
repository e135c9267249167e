import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204715 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "culture"."cultural_event" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "title_vi" varchar(300) not null, "title_en" varchar(300) not null, "type" varchar(32) not null, "plan_area" varchar(8) not null, "agency_code" varchar(32) not null, "district_code" varchar(32) null, "venue" varchar(300) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "country_codes" jsonb not null, "expected_audience" int null, "cost_estimate" bigint not null, "status" varchar(32) not null default 'planned', constraint "cultural_event_pkey" primary key ("id"));`);
    this.addSql(`create index "cultural_event_search_text_index" on "culture"."cultural_event" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "cultural_event_agency_code_start_date_id_index" on "culture"."cultural_event" ("agency_code", "start_date", "id");`);
    this.addSql(`create index "cultural_event_district_code_start_date_id_index" on "culture"."cultural_event" ("district_code", "start_date", "id");`);
    this.addSql(`create index "cultural_event_status_start_date_id_index" on "culture"."cultural_event" ("status", "start_date", "id");`);
    this.addSql(`create index "cultural_event_type_start_date_id_index" on "culture"."cultural_event" ("type", "start_date", "id");`);
    this.addSql(`create index "cultural_event_created_at_id_index" on "culture"."cultural_event" ("created_at", "id");`);
    this.addSql(`create index "cultural_event_title_vi_id_index" on "culture"."cultural_event" ("title_vi", "id");`);
    this.addSql(`create index "cultural_event_start_date_id_index" on "culture"."cultural_event" ("start_date", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "culture"."cultural_event" cascade;`);

    this.addSql(`drop schema if exists "culture";`);
  }

}
