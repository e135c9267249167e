import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204712 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "aid"."ngo" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "name_original" varchar(300) not null, "name_vi" varchar(300) not null, "acronym" varchar(30) null, "country_code" varchar(2) not null, "kind" varchar(32) not null, "plan_area" varchar(8) not null, "agency_code" varchar(32) not null, "notes" text null, constraint "ngo_pkey" primary key ("id"));`);
    this.addSql(`create index "ngo_search_text_index" on "aid"."ngo" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "ngo_agency_code_created_at_id_index" on "aid"."ngo" ("agency_code", "created_at", "id");`);
    this.addSql(`create index "ngo_kind_created_at_id_index" on "aid"."ngo" ("kind", "created_at", "id");`);
    this.addSql(`create index "ngo_country_code_created_at_id_index" on "aid"."ngo" ("country_code", "created_at", "id");`);
    this.addSql(`create index "ngo_country_code_id_index" on "aid"."ngo" ("country_code", "id");`);
    this.addSql(`create index "ngo_name_vi_id_index" on "aid"."ngo" ("name_vi", "id");`);
    this.addSql(`create index "ngo_name_original_id_index" on "aid"."ngo" ("name_original", "id");`);
    this.addSql(`create index "ngo_created_at_id_index" on "aid"."ngo" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid"."ngo" cascade;`);

    this.addSql(`drop schema if exists "aid";`);
  }

}
