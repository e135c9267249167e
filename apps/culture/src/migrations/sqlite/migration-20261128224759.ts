import { Migration } from '@mikro-orm/migrations';

export class Migration20261128224759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`outbox_event\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`stream\` text not null, \`data\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null);`);
    this.addSql(`create unique index \`outbox_event_event_id_unique\` on \`outbox_event\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_event_published_at_seq_index\` on \`outbox_event\` (\`published_at\`, \`seq\`);`);

    this.addSql(`create table \`processed_event\` (\`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`event_id\`));`);
  }

}
