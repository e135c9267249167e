import { Migration } from '@mikro-orm/migrations';

export class Migration20261128210002 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "identity"."identity_user" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "username" varchar(40) not null, "display_name" varchar(120) not null, "agency_code" varchar(32) not null, "roles" jsonb not null, "role_keys" varchar(200) not null default '', "password_hash" varchar(255) not null, "must_change_password" boolean not null default false, "totp_secret" text null, "totp_enabled" boolean not null default false, "totp_last_step" int null, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "active" boolean not null default true, constraint "identity_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "identity"."identity_user" add constraint "identity_user_username_unique" unique ("username");`);
    this.addSql(`create index "identity_user_search_text_index" on "identity"."identity_user" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "identity_user_agency_code_username_index" on "identity"."identity_user" ("agency_code", "username");`);
    this.addSql(`create index "identity_user_last_login_at_id_index" on "identity"."identity_user" ("last_login_at", "id");`);
    this.addSql(`create index "identity_user_created_at_id_index" on "identity"."identity_user" ("created_at", "id");`);

    this.addSql(`create table "identity"."identity_session" ("id" uuid not null, "user_id" uuid not null, "refresh_token_hash" varchar(64) not null, "family_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "expires_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, "user_agent" varchar(300) null, "ip" varchar(64) null, constraint "identity_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "identity"."identity_session" add constraint "identity_session_refresh_token_hash_unique" unique ("refresh_token_hash");`);
    this.addSql(`create index "identity_session_family_id_index" on "identity"."identity_session" ("family_id");`);
    this.addSql(`create index "identity_session_expires_at_index" on "identity"."identity_session" ("expires_at");`);
    this.addSql(`create index "identity_session_user_id_revoked_at_index" on "identity"."identity_session" ("user_id", "revoked_at");`);

    this.addSql(`alter table "identity"."identity_session" add constraint "identity_session_user_id_foreign" foreign key ("user_id") references "identity"."identity_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."identity_session" drop constraint "identity_session_user_id_foreign";`);

    this.addSql(`drop table if exists "identity"."identity_user" cascade;`);

    this.addSql(`drop table if exists "identity"."identity_session" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
