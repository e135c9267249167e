import { Migration } from '@mikro-orm/migrations';

export class Migration20261128230358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."activity_funding" ("id" uuid not null, "activity_id" uuid not null, "estimate_id" uuid not null, "line_id" uuid not null, "fiscal_year" int not null, "approved_amount" bigint not null, "event_id" uuid not null, "funded_at" timestamptz not null, constraint "activity_funding_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."activity_funding" add constraint "activity_funding_line_id_unique" unique ("line_id");`);
    this.addSql(`create index "activity_funding_activity_id_funded_at_index" on "training"."activity_funding" ("activity_id", "funded_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."activity_funding" cascade;`);
  }

}
