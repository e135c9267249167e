import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204706 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`training_course\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`code\` text not null, \`title_vi\` text not null, \`title_en\` text not null, \`topic\` text not null, \`target_level\` text not null, \`plan_area\` text not null, \`agency_code\` text not null, \`start_date\` text not null, \`end_date\` text not null, \`capacity\` integer not null, \`cost_estimate\` bigint not null, \`status\` text not null default 'planned', primary key (\`id\`));`);
    this.addSql(`create unique index \`training_course_code_unique\` on \`training_course\` (\`code\`);`);
    this.addSql(`create index \`training_course_search_text_index\` on \`training_course\` (\`search_text\`);`);
    this.addSql(`create index \`training_course_agency_code_start_date_id_index\` on \`training_course\` (\`agency_code\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`training_course_status_start_date_id_index\` on \`training_course\` (\`status\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`training_course_target_level_start_date_id_index\` on \`training_course\` (\`target_level\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`training_course_topic_start_date_id_index\` on \`training_course\` (\`topic\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`training_course_created_at_id_index\` on \`training_course\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`training_course_capacity_id_index\` on \`training_course\` (\`capacity\`, \`id\`);`);
    this.addSql(`create index \`training_course_title_vi_id_index\` on \`training_course\` (\`title_vi\`, \`id\`);`);
    this.addSql(`create index \`training_course_code_id_index\` on \`training_course\` (\`code\`, \`id\`);`);
    this.addSql(`create index \`training_course_start_date_id_index\` on \`training_course\` (\`start_date\`, \`id\`);`);
  }

}
