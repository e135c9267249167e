import { Migration } from '@mikro-orm/migrations';

/** The reminders' facts (issue 21): NGOs' expiries, projects waiting to start, courses, estimate deadlines and submissions. */
export class Migration20261205145555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`aid_project_reminder_fact\` (\`project_id\` text not null, \`version\` integer not null, \`title\` text not null, \`agency_code\` text not null, \`approved_on\` text null, \`started_on\` text null, primary key (\`project_id\`));`);
    this.addSql(`create index \`aid_project_reminder_fact_approved_on_project_id_index\` on \`aid_project_reminder_fact\` (\`approved_on\`, \`project_id\`);`);

    this.addSql(`create table \`budget_deadline_fact\` (\`fiscal_year\` integer not null, \`deadline\` text not null, primary key (\`fiscal_year\`));`);
    this.addSql(`create index \`budget_deadline_fact_deadline_index\` on \`budget_deadline_fact\` (\`deadline\`);`);

    this.addSql(`create table \`course_reminder_fact\` (\`course_id\` text not null, \`version\` integer not null, \`title\` text not null, \`agency_code\` text not null, \`status\` text not null, \`starts_on\` text not null, \`capacity\` integer not null, \`enrolled\` integer not null, primary key (\`course_id\`));`);
    this.addSql(`create index \`course_reminder_fact_starts_on_course_id_index\` on \`course_reminder_fact\` (\`starts_on\`, \`course_id\`);`);

    this.addSql(`create table \`estimate_submission_fact\` (\`estimate_id\` text not null, \`agency_code\` text not null, \`fiscal_year\` integer not null, primary key (\`estimate_id\`));`);
    this.addSql(`create index \`estimate_submission_fact_fiscal_year_agency_code_index\` on \`estimate_submission_fact\` (\`fiscal_year\`, \`agency_code\`);`);

    this.addSql(`create table \`ngo_reminder_fact\` (\`ngo_id\` text not null, \`version\` integer not null, \`name\` text not null, \`agency_code\` text not null, \`expires_on\` text null, primary key (\`ngo_id\`));`);
    this.addSql(`create index \`ngo_reminder_fact_expires_on_ngo_id_index\` on \`ngo_reminder_fact\` (\`expires_on\`, \`ngo_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`aid_project_reminder_fact\`;`);
    this.addSql(`drop table if exists \`budget_deadline_fact\`;`);
    this.addSql(`drop table if exists \`course_reminder_fact\`;`);
    this.addSql(`drop table if exists \`estimate_submission_fact\`;`);
    this.addSql(`drop table if exists \`ngo_reminder_fact\`;`);
  }
}
