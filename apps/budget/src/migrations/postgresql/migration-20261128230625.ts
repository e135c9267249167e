import { Migration } from '@mikro-orm/migrations';

export class Migration20261128230625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "budget"."budget_consolidation" ("fiscal_year" int not null, "status" varchar(20) not null, "version" int not null default 1, "consolidated_at" timestamptz not null, "consolidated_by" varchar(100) not null, "submitted_at" timestamptz null, "submission_number" varchar(60) null, "decision_number" varchar(60) null, "decision_date" varchar(10) null, constraint "budget_consolidation_pkey" primary key ("fiscal_year"));`);

    this.addSql(`create table "budget"."budget_deadline" ("fiscal_year" int not null, "deadline" varchar(10) not null, constraint "budget_deadline_pkey" primary key ("fiscal_year"));`);

    this.addSql(`create table "budget"."budget_estimate_version" ("id" uuid not null, "estimate_id" uuid not null, "version_no" int not null, "submitted_at" timestamptz not null, "submitted_by" varchar(100) not null, "snapshot" jsonb not null, constraint "budget_estimate_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget"."budget_estimate_version" add constraint "budget_estimate_version_estimate_id_version_no_unique" unique ("estimate_id", "version_no");`);

    this.addSql(`create table "budget"."budget_line" ("id" uuid not null, "estimate_id" uuid not null, "position" int not null, "description" varchar(500) not null, "plan_area" varchar(8) not null, "activity_kind" varchar(32) null, "activity_id" uuid null, "activity_label" varchar(300) null, "chapter" varchar(3) null, "section" varchar(3) null, "item" varchar(4) null, "funding_source" varchar(32) not null, "quantity" int not null, "unit_cost" bigint not null, "amount" bigint not null, "approved_amount" bigint null, "review_comment" text null, "notes" text null, "flag" varchar(300) null, constraint "budget_line_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_line_activity_id_index" on "budget"."budget_line" ("activity_id");`);
    this.addSql(`create index "budget_line_estimate_id_position_index" on "budget"."budget_line" ("estimate_id", "position");`);

    this.addSql(`create table "budget"."budget_review" ("id" uuid not null, "estimate_id" uuid not null, "version_no" int not null, "decision" varchar(20) not null, "comment" text null, "lines" jsonb not null, "at" timestamptz not null, "by" varchar(100) not null, constraint "budget_review_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_review_estimate_id_at_index" on "budget"."budget_review" ("estimate_id", "at");`);

    this.addSql(`create table "budget"."budget_idempotency_key" ("key" varchar(160) not null, "estimate_id" uuid not null, "response" jsonb not null, "created_at" timestamptz not null, constraint "budget_idempotency_key_pkey" primary key ("key"));`);

    this.addSql(`alter table "budget"."budget_line" add constraint "budget_line_estimate_id_foreign" foreign key ("estimate_id") references "budget"."budget_estimate" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop index "budget"."budget_estimate_funding_source_fiscal_year_id_index";`);
    this.addSql(`alter table "budget"."budget_estimate" drop column "plan_area", drop column "funding_source";`);

    this.addSql(`alter table "budget"."budget_estimate" add column "approved_amount" bigint null, add column "version_no" int not null default 0, add column "submitted_at" timestamptz null, add column "late" boolean not null, add column "review_comment" text null, add column "flagged_lines" int not null default 0;`);
    this.addSql(`alter table "budget"."budget_estimate" alter column "requested_amount" type bigint using ("requested_amount"::bigint);`);
    this.addSql(`alter table "budget"."budget_estimate" alter column "requested_amount" set default 0;`);
    this.addSql(`create index "budget_estimate_late_fiscal_year_id_index" on "budget"."budget_estimate" ("late", "fiscal_year", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budget"."budget_consolidation" cascade;`);

    this.addSql(`drop table if exists "budget"."budget_deadline" cascade;`);

    this.addSql(`drop table if exists "budget"."budget_estimate_version" cascade;`);

    this.addSql(`drop table if exists "budget"."budget_line" cascade;`);

    this.addSql(`drop table if exists "budget"."budget_review" cascade;`);

    this.addSql(`drop table if exists "budget"."budget_idempotency_key" cascade;`);

    this.addSql(`drop index "budget"."budget_estimate_late_fiscal_year_id_index";`);
    this.addSql(`alter table "budget"."budget_estimate" drop column "approved_amount", drop column "version_no", drop column "submitted_at", drop column "late", drop column "review_comment", drop column "flagged_lines";`);

    this.addSql(`alter table "budget"."budget_estimate" add column "plan_area" varchar(8) not null, add column "funding_source" varchar(32) not null;`);
    this.addSql(`alter table "budget"."budget_estimate" alter column "requested_amount" drop default;`);
    this.addSql(`alter table "budget"."budget_estimate" alter column "requested_amount" type int8 using ("requested_amount"::int8);`);
    this.addSql(`create index "budget_estimate_funding_source_fiscal_year_id_index" on "budget"."budget_estimate" ("funding_source", "fiscal_year", "id");`);
  }

}
