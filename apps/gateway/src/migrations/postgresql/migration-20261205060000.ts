import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."identity_sign_in_throttle" ("key" varchar(80) not null, "failures" int not null default 0, "last_failure_at" timestamptz not null, "blocked_until" timestamptz null, constraint "identity_sign_in_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "identity_sign_in_throttle_last_failure_at_index" on "identity"."identity_sign_in_throttle" ("last_failure_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."identity_sign_in_throttle" cascade;`);
  }

}
