import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cultural_event\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`title_vi\` text not null, \`title_en\` text not null, \`type\` text not null, \`plan_area\` text not null, \`agency_code\` text not null, \`district_code\` text null, \`venue\` text not null, \`start_date\` text not null, \`end_date\` text not null, \`country_codes\` json not null, \`expected_audience\` integer null, \`cost_estimate\` bigint not null, \`status\` text not null default 'planned', primary key (\`id\`));`);
    this.addSql(`create index \`cultural_event_search_text_index\` on \`cultural_event\` (\`search_text\`);`);
    this.addSql(`create index \`cultural_event_agency_code_start_date_id_index\` on \`cultural_event\` (\`agency_code\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_district_code_start_date_id_index\` on \`cultural_event\` (\`district_code\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_status_start_date_id_index\` on \`cultural_event\` (\`status\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_type_start_date_id_index\` on \`cultural_event\` (\`type\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_created_at_id_index\` on \`cultural_event\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_title_vi_id_index\` on \`cultural_event\` (\`title_vi\`, \`id\`);`);
    this.addSql(`create index \`cultural_event_start_date_id_index\` on \`cultural_event\` (\`start_date\`, \`id\`);`);
  }

}
