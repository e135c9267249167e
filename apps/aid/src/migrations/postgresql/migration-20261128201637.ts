import { Migration } from '@mikro-orm/migrations';

export class Migration20261128201637 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "aid";`);
    this.addSql(`create table "aid"."ngo" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "name_original" varchar(300) not null, "name_vi" varchar(300) not null, "acronym" varchar(30) null, "country_code" varchar(2) not null, "kind" varchar(32) not null, "plan_area" varchar(8) not null, "agency_code" varchar(32) not null, "notes" text null, constraint "ngo_pkey" primary key ("id"));`);
    this.addSql(`create index "ngo_created_at_index" on "aid"."ngo" ("created_at");`);
    this.addSql(`create index "ngo_name_original_index" on "aid"."ngo" ("name_original");`);
    this.addSql(`create index "ngo_name_vi_index" on "aid"."ngo" ("name_vi");`);
    this.addSql(`create index "ngo_country_code_index" on "aid"."ngo" ("country_code");`);
    this.addSql(`create index "ngo_kind_index" on "aid"."ngo" ("kind");`);
    this.addSql(`create index "ngo_agency_code_index" on "aid"."ngo" ("agency_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid"."ngo" cascade;`);

    this.addSql(`drop schema if exists "aid";`);
  }

}
