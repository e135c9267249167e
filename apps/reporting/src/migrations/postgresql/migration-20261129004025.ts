import { Migration } from '@mikro-orm/migrations';

export class Migration20261129004025 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."review_snapshot" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "kind" varchar(16) not null, "year_from" int not null, "year_to" int not null, "frozen_at" timestamptz not null, "frozen_by" varchar(60) null, "content" jsonb not null, constraint "review_snapshot_pkey" primary key ("id"));`);
    this.addSql(`create index "review_snapshot_search_text_index" on "reporting"."review_snapshot" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "review_snapshot_frozen_at_id_index" on "reporting"."review_snapshot" ("frozen_at", "id");`);
    this.addSql(`alter table "reporting"."review_snapshot" add constraint "review_snapshot_kind_unique" unique ("kind");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."review_snapshot" cascade;`);
  }

}
