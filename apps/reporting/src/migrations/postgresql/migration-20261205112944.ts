import { Migration } from '@mikro-orm/migrations';

export class Migration20261205112944 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."notification" ("id" uuid not null, "reminder_key" varchar(200) not null, "template" varchar(40) not null, "params" jsonb not null, "link" jsonb not null, "agency_code" varchar(32) not null, "user_id" varchar(64) null, "permission" varchar(64) null, "created_at" timestamptz not null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "reporting"."notification" add constraint "notification_reminder_key_unique" unique ("reminder_key");`);
    this.addSql(`create index "notification_agency_code_created_at_index" on "reporting"."notification" ("agency_code", "created_at");`);
    this.addSql(`create index "notification_user_id_created_at_index" on "reporting"."notification" ("user_id", "created_at");`);

    this.addSql(`create table "reporting"."notification_read" ("id" uuid not null, "notification_id" uuid not null, "user_id" varchar(64) not null, "read_at" timestamptz not null, constraint "notification_read_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_read_user_id_index" on "reporting"."notification_read" ("user_id");`);
    this.addSql(`alter table "reporting"."notification_read" add constraint "notification_read_notification_id_user_id_unique" unique ("notification_id", "user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."notification" cascade;`);

    this.addSql(`drop table if exists "reporting"."notification_read" cascade;`);
  }

}
