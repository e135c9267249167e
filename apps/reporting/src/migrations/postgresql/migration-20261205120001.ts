import { Migration } from '@mikro-orm/migrations';

/** Action plans and the tasks' progress in the yearly reports (issue 20 item 5). */
export class Migration20261205120001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."action_plan" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "agency_code" varchar(20) not null, "number" varchar(60) not null, "issued_on" varchar(10) not null, "signer" varchar(200) not null, "file_name" varchar(200) null, "file_type" varchar(120) null, "file_size" int null, "file_bytes" bytea null, constraint "action_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "action_plan_search_text_index" on "reporting"."action_plan" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`alter table "reporting"."action_plan" add constraint "action_plan_agency_code_unique" unique ("agency_code");`);
    this.addSql(`alter table "reporting"."yearly_report" add column "tasks" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."action_plan" cascade;`);
    this.addSql(`alter table "reporting"."yearly_report" drop column "tasks";`);
  }
}
