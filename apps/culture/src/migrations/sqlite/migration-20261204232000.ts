import { Migration } from '@mikro-orm/migrations';

export class Migration20261204232000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`cultural_event_registration\` add column \`version\` integer not null default 1;`);
  }

}
