import { Migration } from '@mikro-orm/migrations';

export class Migration20261205112940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` text not null, \`reminder_key\` text not null, \`template\` text not null, \`params\` json not null, \`link\` json not null, \`agency_code\` text not null, \`user_id\` text null, \`permission\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`notification_reminder_key_unique\` on \`notification\` (\`reminder_key\`);`);
    this.addSql(`create index \`notification_agency_code_created_at_index\` on \`notification\` (\`agency_code\`, \`created_at\`);`);
    this.addSql(`create index \`notification_user_id_created_at_index\` on \`notification\` (\`user_id\`, \`created_at\`);`);

    this.addSql(`create table \`notification_read\` (\`id\` text not null, \`notification_id\` text not null, \`user_id\` text not null, \`read_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`notification_read_user_id_index\` on \`notification_read\` (\`user_id\`);`);
    this.addSql(`create unique index \`notification_read_notification_id_user_id_unique\` on \`notification_read\` (\`notification_id\`, \`user_id\`);`);
  }

}
