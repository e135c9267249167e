import { Migration } from '@mikro-orm/migrations';

export class Migration20261128224756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."outbox_event" ("seq" serial primary key, "event_id" uuid not null, "subject" varchar(120) not null, "stream" varchar(60) not null, "data" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "training"."outbox_event" add constraint "outbox_event_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_event_published_at_seq_index" on "training"."outbox_event" ("published_at", "seq");`);

    this.addSql(`create table "training"."processed_event" ("event_id" uuid not null, "subject" varchar(120) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("event_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."outbox_event" cascade;`);

    this.addSql(`drop table if exists "training"."processed_event" cascade;`);
  }

}
