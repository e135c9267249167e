import { Migration } from '@mikro-orm/migrations';

export class Migration20261205083004 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."plan_indicator" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "code" varchar(40) not null, "name_vi" text not null, "name_en" text not null, "plan_area" varchar(8) not null, "unit" varchar(16) not null, "direction" varchar(8) not null, "baseline" double precision null, "baseline_year" int null, "targets" jsonb not null, "cumulative" boolean not null, "lead_agency_code" varchar(20) not null, "method" varchar(10) not null, "computation" jsonb null, "origin" varchar(8) not null, "plan_quote" text not null, "plan_ref" varchar(60) not null, constraint "plan_indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_indicator_search_text_index" on "reporting"."plan_indicator" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "plan_indicator_plan_area_code_index" on "reporting"."plan_indicator" ("plan_area", "code");`);
    this.addSql(`alter table "reporting"."plan_indicator" add constraint "plan_indicator_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."plan_indicator" cascade;`);
  }

}
