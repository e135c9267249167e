import { Migration } from '@mikro-orm/migrations';

export class Migration20261205083711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "reporting"."outbox_event" add column "traceparent" varchar(128) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reporting"."outbox_event" drop column "traceparent";`);
  }

}
