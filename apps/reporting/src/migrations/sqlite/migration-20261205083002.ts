import { Migration } from '@mikro-orm/migrations';

export class Migration20261205083002 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`plan_indicator\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`code\` text not null, \`name_vi\` text not null, \`name_en\` text not null, \`plan_area\` text not null, \`unit\` text not null, \`direction\` text not null, \`baseline\` double null, \`baseline_year\` integer null, \`targets\` json not null, \`cumulative\` integer not null, \`lead_agency_code\` text not null, \`method\` text not null, \`computation\` json null, \`origin\` text not null, \`plan_quote\` text not null, \`plan_ref\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`plan_indicator_search_text_index\` on \`plan_indicator\` (\`search_text\`);`);
    this.addSql(`create index \`plan_indicator_plan_area_code_index\` on \`plan_indicator\` (\`plan_area\`, \`code\`);`);
    this.addSql(`create unique index \`plan_indicator_code_unique\` on \`plan_indicator\` (\`code\`);`);
  }

}
