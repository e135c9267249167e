import { Migration } from '@mikro-orm/migrations';

export class Migration20261128210001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`identity_user\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`username\` text not null, \`display_name\` text not null, \`agency_code\` text not null, \`roles\` json not null, \`role_keys\` text not null default '', \`password_hash\` text not null, \`must_change_password\` integer not null default false, \`totp_secret\` text null, \`totp_enabled\` integer not null default false, \`totp_last_step\` integer null, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, \`active\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create unique index \`identity_user_username_unique\` on \`identity_user\` (\`username\`);`);
    this.addSql(`create index \`identity_user_search_text_index\` on \`identity_user\` (\`search_text\`);`);
    this.addSql(`create index \`identity_user_agency_code_username_index\` on \`identity_user\` (\`agency_code\`, \`username\`);`);
    this.addSql(`create index \`identity_user_last_login_at_id_index\` on \`identity_user\` (\`last_login_at\`, \`id\`);`);
    this.addSql(`create index \`identity_user_created_at_id_index\` on \`identity_user\` (\`created_at\`, \`id\`);`);

    this.addSql(`create table \`identity_session\` (\`id\` text not null, \`user_id\` text not null, \`refresh_token_hash\` text not null, \`family_id\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime not null, \`expires_at\` datetime not null, \`rotated_at\` datetime null, \`revoked_at\` datetime null, \`user_agent\` text null, \`ip\` text null, constraint \`identity_session_user_id_foreign\` foreign key(\`user_id\`) references \`identity_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`identity_session_user_id_index\` on \`identity_session\` (\`user_id\`);`);
    this.addSql(`create unique index \`identity_session_refresh_token_hash_unique\` on \`identity_session\` (\`refresh_token_hash\`);`);
    this.addSql(`create index \`identity_session_family_id_index\` on \`identity_session\` (\`family_id\`);`);
    this.addSql(`create index \`identity_session_expires_at_index\` on \`identity_session\` (\`expires_at\`);`);
    this.addSql(`create index \`identity_session_user_id_revoked_at_index\` on \`identity_session\` (\`user_id\`, \`revoked_at\`);`);
  }

}
