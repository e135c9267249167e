import { Migration } from '@mikro-orm/migrations';

export class Migration20261128213117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."audit_record" ("id" uuid not null, "at" timestamptz not null, "entity" varchar(60) not null, "entity_id" varchar(64) not null, "action" varchar(16) not null, "user_id" varchar(64) not null, "username" varchar(40) not null, "agency_code" varchar(32) not null, "changes" jsonb not null, "correlation_id" varchar(64) null, constraint "audit_record_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_record_username_at_index" on "identity"."audit_record" ("username", "at");`);
    this.addSql(`create index "audit_record_at_id_index" on "identity"."audit_record" ("at", "id");`);
    this.addSql(`create index "audit_record_entity_entity_id_at_index" on "identity"."audit_record" ("entity", "entity_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."audit_record" cascade;`);
  }

}
