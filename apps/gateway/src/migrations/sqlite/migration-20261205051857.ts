import { Migration } from '@mikro-orm/migrations';

export class Migration20261205051857 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`identity_recovery_code\` (\`id\` text not null, \`user_id\` text not null, \`code_hash\` text not null, \`created_at\` datetime not null, \`used_at\` datetime null, constraint \`identity_recovery_code_user_id_foreign\` foreign key(\`user_id\`) references \`identity_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`identity_recovery_code_user_id_index\` on \`identity_recovery_code\` (\`user_id\`);`);
    this.addSql(`create unique index \`identity_recovery_code_code_hash_unique\` on \`identity_recovery_code\` (\`code_hash\`);`);
    this.addSql(`create index \`identity_recovery_code_user_id_used_at_index\` on \`identity_recovery_code\` (\`user_id\`, \`used_at\`);`);

    this.addSql(`alter table \`identity_user\` add column \`challenge_version\` integer not null default 0;`);
  }

}
