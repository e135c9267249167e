import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204718 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "budget"."budget_estimate" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "agency_code" varchar(32) not null, "fiscal_year" int not null, "title_vi" varchar(300) not null, "plan_area" varchar(8) not null, "funding_source" varchar(32) not null, "requested_amount" bigint not null, "notes" text null, "status" varchar(32) not null default 'draft', constraint "budget_estimate_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_estimate_search_text_index" on "budget"."budget_estimate" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "budget_estimate_funding_source_fiscal_year_id_index" on "budget"."budget_estimate" ("funding_source", "fiscal_year", "id");`);
    this.addSql(`create index "budget_estimate_agency_code_fiscal_year_id_index" on "budget"."budget_estimate" ("agency_code", "fiscal_year", "id");`);
    this.addSql(`create index "budget_estimate_status_fiscal_year_id_index" on "budget"."budget_estimate" ("status", "fiscal_year", "id");`);
    this.addSql(`create index "budget_estimate_created_at_id_index" on "budget"."budget_estimate" ("created_at", "id");`);
    this.addSql(`create index "budget_estimate_agency_code_id_index" on "budget"."budget_estimate" ("agency_code", "id");`);
    this.addSql(`create index "budget_estimate_requested_amount_id_index" on "budget"."budget_estimate" ("requested_amount", "id");`);
    this.addSql(`create index "budget_estimate_fiscal_year_id_index" on "budget"."budget_estimate" ("fiscal_year", "id");`);
    this.addSql(`alter table "budget"."budget_estimate" add constraint "budget_estimate_agency_code_fiscal_year_unique" unique ("agency_code", "fiscal_year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budget"."budget_estimate" cascade;`);

    this.addSql(`drop schema if exists "budget";`);
  }

}
