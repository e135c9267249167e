import { Migration } from '@mikro-orm/migrations';

export class Migration20261205145010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."mail_delivery" ("id" uuid not null, "notification_id" uuid not null, "user_id" varchar(64) not null, "address" varchar(254) not null, "language" varchar(2) not null, "template" varchar(40) not null, "params" jsonb not null, "link" jsonb not null, "status" varchar(12) not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" varchar(500) null, "sent_at" timestamptz null, "created_at" timestamptz not null, constraint "mail_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_delivery_status_next_attempt_at_index" on "identity"."mail_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "identity"."mail_delivery" add constraint "mail_delivery_notification_id_user_id_unique" unique ("notification_id", "user_id");`);

    this.addSql(`create table "identity"."processed_event" ("event_id" uuid not null, "subject" varchar(120) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id"));`);

    this.addSql(`alter table "identity"."identity_user" add column "email" varchar(254) null, add column "language" varchar(2) not null default 'vi', add column "email_notifications" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."mail_delivery" cascade;`);

    this.addSql(`drop table if exists "identity"."processed_event" cascade;`);

    this.addSql(`alter table "identity"."identity_user" drop column "email", drop column "language", drop column "email_notifications";`);
  }

}
