import { Migration } from '@mikro-orm/migrations';

export class Migration20261205145004 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`mail_delivery\` (\`id\` text not null, \`notification_id\` text not null, \`user_id\` text not null, \`address\` text not null, \`language\` text not null, \`template\` text not null, \`params\` json not null, \`link\` json not null, \`status\` text not null default 'pending', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_error\` text null, \`sent_at\` datetime null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`mail_delivery_status_next_attempt_at_index\` on \`mail_delivery\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create unique index \`mail_delivery_notification_id_user_id_unique\` on \`mail_delivery\` (\`notification_id\`, \`user_id\`);`);

    this.addSql(`create table \`processed_event\` (\`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`event_id\`));`);

    this.addSql(`alter table \`identity_user\` add column \`email\` text null;`);
    this.addSql(`alter table \`identity_user\` add column \`language\` text not null default 'vi';`);
    this.addSql(`alter table \`identity_user\` add column \`email_notifications\` integer not null default true;`);
  }

}
