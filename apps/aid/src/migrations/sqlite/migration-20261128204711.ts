import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`ngo\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`name_original\` text not null, \`name_vi\` text not null, \`acronym\` text null, \`country_code\` text not null, \`kind\` text not null, \`plan_area\` text not null, \`agency_code\` text not null, \`notes\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`ngo_search_text_index\` on \`ngo\` (\`search_text\`);`);
    this.addSql(`create index \`ngo_agency_code_created_at_id_index\` on \`ngo\` (\`agency_code\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`ngo_kind_created_at_id_index\` on \`ngo\` (\`kind\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`ngo_country_code_created_at_id_index\` on \`ngo\` (\`country_code\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`ngo_country_code_id_index\` on \`ngo\` (\`country_code\`, \`id\`);`);
    this.addSql(`create index \`ngo_name_vi_id_index\` on \`ngo\` (\`name_vi\`, \`id\`);`);
    this.addSql(`create index \`ngo_name_original_id_index\` on \`ngo\` (\`name_original\`, \`id\`);`);
    this.addSql(`create index \`ngo_created_at_id_index\` on \`ngo\` (\`created_at\`, \`id\`);`);
  }

}
