import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`identity_sign_in_throttle\` (\`key\` text not null, \`failures\` integer not null default 0, \`last_failure_at\` datetime not null, \`blocked_until\` datetime null, primary key (\`key\`));`);
    this.addSql(`create index \`identity_sign_in_throttle_last_failure_at_index\` on \`identity_sign_in_throttle\` (\`last_failure_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`identity_sign_in_throttle\`;`);
  }

}
