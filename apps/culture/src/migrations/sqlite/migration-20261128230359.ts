import { Migration } from '@mikro-orm/migrations';

export class Migration20261128230359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`activity_funding\` (\`id\` text not null, \`activity_id\` text not null, \`estimate_id\` text not null, \`line_id\` text not null, \`fiscal_year\` integer not null, \`approved_amount\` bigint not null, \`event_id\` text not null, \`funded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`activity_funding_line_id_unique\` on \`activity_funding\` (\`line_id\`);`);
    this.addSql(`create index \`activity_funding_activity_id_funded_at_index\` on \`activity_funding\` (\`activity_id\`, \`funded_at\`);`);
  }

}
