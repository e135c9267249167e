import { Migration } from '@mikro-orm/migrations';

export class Migration20261205051900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."identity_recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "used_at" timestamptz null, constraint "identity_recovery_code_pkey" primary key ("id"));`);
    this.addSql(`alter table "identity"."identity_recovery_code" add constraint "identity_recovery_code_code_hash_unique" unique ("code_hash");`);
    this.addSql(`create index "identity_recovery_code_user_id_used_at_index" on "identity"."identity_recovery_code" ("user_id", "used_at");`);

    this.addSql(`alter table "identity"."identity_recovery_code" add constraint "identity_recovery_code_user_id_foreign" foreign key ("user_id") references "identity"."identity_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."identity_user" add column "challenge_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."identity_recovery_code" cascade;`);

    this.addSql(`alter table "identity"."identity_user" drop column "challenge_version";`);
  }

}
