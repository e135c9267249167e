import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "aid"."aid_project" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "code" varchar(40) not null, "title_vi" varchar(300) not null, "title_en" varchar(300) not null, "description" text null, "agency_code" varchar(32) not null, "plan_area" varchar(8) not null, "participants" jsonb not null, "sectors" jsonb not null, "locations" jsonb not null, "beneficiaries" jsonb not null, "status" varchar(20) not null, "decision_no" varchar(60) null, "decision_date" varchar(10) null, "approving_authority" varchar(200) null, "appraisals" jsonb not null, "planned_start" varchar(10) null, "planned_end" varchar(10) null, "actual_start" varchar(10) null, "actual_end" varchar(10) null, "donor_country_code" varchar(2) null, "sector_tags" text not null default '', "district_tags" text not null default '', "ngo_tags" text not null default '', constraint "aid_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "aid"."aid_project" add constraint "aid_project_code_unique" unique ("code");`);
    this.addSql(`create index "aid_project_search_text_index" on "aid"."aid_project" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "aid_project_donor_country_code_created_at_id_index" on "aid"."aid_project" ("donor_country_code", "created_at", "id");`);
    this.addSql(`create index "aid_project_agency_code_created_at_id_index" on "aid"."aid_project" ("agency_code", "created_at", "id");`);
    this.addSql(`create index "aid_project_status_created_at_id_index" on "aid"."aid_project" ("status", "created_at", "id");`);
    this.addSql(`create index "aid_project_decision_date_id_index" on "aid"."aid_project" ("decision_date", "id");`);
    this.addSql(`create index "aid_project_status_id_index" on "aid"."aid_project" ("status", "id");`);
    this.addSql(`create index "aid_project_title_vi_id_index" on "aid"."aid_project" ("title_vi", "id");`);
    this.addSql(`create index "aid_project_code_id_index" on "aid"."aid_project" ("code", "id");`);
    this.addSql(`create index "aid_project_created_at_id_index" on "aid"."aid_project" ("created_at", "id");`);

    this.addSql(`create table "aid"."aid_transaction" ("id" uuid not null, "project_id" uuid not null, "type" varchar(20) not null, "date" varchar(10) not null, "amount" varchar(24) not null, "currency" varchar(3) not null, "exchange_rate" varchar(24) null, "dong_amount" bigint not null, "description" varchar(500) null, "created_by" varchar(40) not null, "created_at" timestamptz not null, constraint "aid_transaction_pkey" primary key ("id"));`);
    this.addSql(`create index "aid_transaction_date_type_index" on "aid"."aid_transaction" ("date", "type");`);
    this.addSql(`create index "aid_transaction_project_id_date_id_index" on "aid"."aid_transaction" ("project_id", "date", "id");`);

    this.addSql(`create table "aid"."delegation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "title" varchar(300) not null, "direction" varchar(10) not null, "purpose" varchar(20) not null, "country_codes" jsonb not null, "country_tags" text not null default '', "organisations" jsonb not null, "head_name" varchar(200) not null, "head_title" varchar(200) null, "size" int not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "agency_code" varchar(32) not null, "plan_area" varchar(8) not null, "ngo_id" uuid null, "project_id" uuid null, "links" jsonb null, "outcomes" text null, "follow_ups" text null, constraint "delegation_pkey" primary key ("id"));`);
    this.addSql(`create index "delegation_search_text_index" on "aid"."delegation" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "delegation_project_id_start_date_id_index" on "aid"."delegation" ("project_id", "start_date", "id");`);
    this.addSql(`create index "delegation_ngo_id_start_date_id_index" on "aid"."delegation" ("ngo_id", "start_date", "id");`);
    this.addSql(`create index "delegation_agency_code_start_date_id_index" on "aid"."delegation" ("agency_code", "start_date", "id");`);
    this.addSql(`create index "delegation_purpose_start_date_id_index" on "aid"."delegation" ("purpose", "start_date", "id");`);
    this.addSql(`create index "delegation_direction_start_date_id_index" on "aid"."delegation" ("direction", "start_date", "id");`);
    this.addSql(`create index "delegation_title_id_index" on "aid"."delegation" ("title", "id");`);
    this.addSql(`create index "delegation_created_at_id_index" on "aid"."delegation" ("created_at", "id");`);
    this.addSql(`create index "delegation_start_date_id_index" on "aid"."delegation" ("start_date", "id");`);

    this.addSql(`create table "aid"."delegation_country" ("id" uuid not null, "delegation_id" uuid not null, "country_code" varchar(2) not null, "direction" varchar(10) not null, "start_date" varchar(10) not null, "size" int not null, constraint "delegation_country_pkey" primary key ("id"));`);
    this.addSql(`create index "delegation_country_start_date_country_code_direction_index" on "aid"."delegation_country" ("start_date", "country_code", "direction");`);
    this.addSql(`create index "delegation_country_delegation_id_index" on "aid"."delegation_country" ("delegation_id");`);

    this.addSql(`create table "aid"."project_location" ("id" uuid not null, "project_id" uuid not null, "district_code" varchar(32) not null, "commune" varchar(120) null, "percentage" int not null, constraint "project_location_pkey" primary key ("id"));`);
    this.addSql(`create index "project_location_district_code_project_id_index" on "aid"."project_location" ("district_code", "project_id");`);
    this.addSql(`create index "project_location_project_id_index" on "aid"."project_location" ("project_id");`);

    this.addSql(`create table "aid"."project_sector" ("id" uuid not null, "project_id" uuid not null, "sector_code" varchar(5) not null, "plan_area" varchar(8) not null, "percentage" int not null, constraint "project_sector_pkey" primary key ("id"));`);
    this.addSql(`create index "project_sector_sector_code_project_id_index" on "aid"."project_sector" ("sector_code", "project_id");`);
    this.addSql(`create index "project_sector_project_id_index" on "aid"."project_sector" ("project_id");`);

    this.addSql(`alter table "aid"."ngo" add column "registration_no" varchar(60) null, add column "registration_issued_by" varchar(200) null, add column "registration_valid_from" varchar(10) null, add column "registration_valid_to" varchar(10) null, add column "contacts" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid"."aid_project" cascade;`);

    this.addSql(`drop table if exists "aid"."aid_transaction" cascade;`);

    this.addSql(`drop table if exists "aid"."delegation" cascade;`);

    this.addSql(`drop table if exists "aid"."delegation_country" cascade;`);

    this.addSql(`drop table if exists "aid"."project_location" cascade;`);

    this.addSql(`drop table if exists "aid"."project_sector" cascade;`);

    this.addSql(`alter table "aid"."ngo" drop column "registration_no", drop column "registration_issued_by", drop column "registration_valid_from", drop column "registration_valid_to", drop column "contacts";`);
  }

}
