import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`certificate_counter\` (\`year\` integer not null, \`last\` integer not null, primary key (\`year\`));`);

    this.addSql(`create table \`enrolment\` (\`id\` text not null, \`version\` integer not null default 1, \`course_id\` text not null, \`trainee_id\` text not null, \`status\` text not null, \`seq\` integer not null, \`attendance\` json not null, \`score\` double null, \`result\` text null, \`certificate_no\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`enrolment_certificate_no_unique\` on \`enrolment\` (\`certificate_no\`);`);
    this.addSql(`create index \`enrolment_trainee_id_index\` on \`enrolment\` (\`trainee_id\`);`);
    this.addSql(`create index \`enrolment_course_id_status_seq_index\` on \`enrolment\` (\`course_id\`, \`status\`, \`seq\`);`);
    this.addSql(`create unique index \`enrolment_course_id_trainee_id_unique\` on \`enrolment\` (\`course_id\`, \`trainee_id\`);`);

    this.addSql(`create table \`trainee\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`staff_code\` text not null, \`full_name\` text not null, \`date_of_birth\` text null, \`gender\` text not null, \`agency_code\` text null, \`district_code\` text null, \`commune\` text null, \`level\` text not null, \`group\` text not null, \`position\` text null, \`email\` text null, \`phone\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`trainee_staff_code_unique\` on \`trainee\` (\`staff_code\`);`);
    this.addSql(`create index \`trainee_search_text_index\` on \`trainee\` (\`search_text\`);`);
    this.addSql(`create index \`trainee_district_code_full_name_id_index\` on \`trainee\` (\`district_code\`, \`full_name\`, \`id\`);`);
    this.addSql(`create index \`trainee_level_full_name_id_index\` on \`trainee\` (\`level\`, \`full_name\`, \`id\`);`);
    this.addSql(`create index \`trainee_created_at_id_index\` on \`trainee\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`trainee_staff_code_id_index\` on \`trainee\` (\`staff_code\`, \`id\`);`);
    this.addSql(`create index \`trainee_full_name_id_index\` on \`trainee\` (\`full_name\`, \`id\`);`);

    this.addSql(`alter table \`training_course\` add column \`language\` text null;`);
    this.addSql(`alter table \`training_course\` add column \`target_group\` text not null default 'civil-servant';`);
    this.addSql(`alter table \`training_course\` add column \`venue\` text not null default '';`);
    this.addSql(`alter table \`training_course\` add column \`district_code\` text null;`);
    this.addSql(`alter table \`training_course\` add column \`sessions\` json not null default '[]';`);
    this.addSql(`alter table \`training_course\` add column \`trainers\` json not null default '[]';`);
    this.addSql(`alter table \`training_course\` add column \`min_attendance_percent\` integer not null default 80;`);
    this.addSql(`alter table \`training_course\` add column \`pass_score\` double not null default 5;`);
    this.addSql(`alter table \`training_course\` add column \`cancel_reason\` text null;`);
    this.addSql(`alter table \`training_course\` add column \`enrolled_count\` integer not null default 0;`);
    this.addSql(`alter table \`training_course\` add column \`waitlist_count\` integer not null default 0;`);
  }

}
