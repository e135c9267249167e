import { Migration } from '@mikro-orm/migrations';

export class Migration20261204232000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "culture"."cultural_event_registration" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "culture"."cultural_event_registration" drop column "version";`);
  }

}
