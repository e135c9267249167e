import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "aid"."aid_transaction" add column "reverses_transaction_id" uuid null, add column "reason" varchar(500) null;`);
    this.addSql(`alter table "aid"."aid_transaction" add constraint "aid_transaction_reverses_transaction_id_unique" unique ("reverses_transaction_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "aid"."aid_transaction" drop constraint "aid_transaction_reverses_transaction_id_unique";`);
    this.addSql(`alter table "aid"."aid_transaction" drop column "reverses_transaction_id", drop column "reason";`);
  }

}
