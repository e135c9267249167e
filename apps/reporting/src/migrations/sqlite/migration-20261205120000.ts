import { Migration } from '@mikro-orm/migrations';
import { dropSearchIndexSqliteSql, searchIndexSqliteSql } from '@ascc/service-kit';

/** Action plans and the tasks' progress in the yearly reports (issue 20 item 5). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`action_plan\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`agency_code\` text not null, \`number\` text not null, \`issued_on\` text not null, \`signer\` text not null, \`file_name\` text null, \`file_type\` text null, \`file_size\` integer null, \`file_bytes\` blob null, primary key (\`id\`));`);
    this.addSql(`create index \`action_plan_search_text_index\` on \`action_plan\` (\`search_text\`);`);
    this.addSql(`create unique index \`action_plan_agency_code_unique\` on \`action_plan\` (\`agency_code\`);`);
    for (const statement of searchIndexSqliteSql('action_plan')) this.addSql(statement);
    this.addSql(`alter table \`yearly_report\` add column \`tasks\` json null;`);
  }

  override async down(): Promise<void> {
    for (const statement of dropSearchIndexSqliteSql('action_plan')) this.addSql(statement);
    this.addSql(`drop table if exists \`action_plan\`;`);
    this.addSql(`alter table \`yearly_report\` drop column \`tasks\`;`);
  }
}
