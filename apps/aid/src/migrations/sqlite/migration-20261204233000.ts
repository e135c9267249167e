import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`aid_transaction\` add column \`reverses_transaction_id\` text null;`);
    this.addSql(`alter table \`aid_transaction\` add column \`reason\` text null;`);
    this.addSql(`create unique index \`aid_transaction_reverses_transaction_id_unique\` on \`aid_transaction\` (\`reverses_transaction_id\`);`);
  }

}
