import { Migration } from '@mikro-orm/migrations';

export class Migration20261129004024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`review_snapshot\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`kind\` text not null, \`year_from\` integer not null, \`year_to\` integer not null, \`frozen_at\` datetime not null, \`frozen_by\` text null, \`content\` json not null, primary key (\`id\`));`);
    this.addSql(`create index \`review_snapshot_search_text_index\` on \`review_snapshot\` (\`search_text\`);`);
    this.addSql(`create index \`review_snapshot_frozen_at_id_index\` on \`review_snapshot\` (\`frozen_at\`, \`id\`);`);
    this.addSql(`create unique index \`review_snapshot_kind_unique\` on \`review_snapshot\` (\`kind\`);`);
  }

}
