import { Migration } from '@mikro-orm/migrations';

export class Migration20261205083644 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`outbox_event\` add column \`traceparent\` text null;`);
  }

}
