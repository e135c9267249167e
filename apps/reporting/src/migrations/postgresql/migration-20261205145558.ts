import { Migration } from '@mikro-orm/migrations';

/** The reminders' facts (issue 21): NGOs' expiries, projects waiting to start, courses, estimate deadlines and submissions. */
export class Migration20261205145558 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting"."aid_project_reminder_fact" ("project_id" uuid not null, "version" int not null, "title" text not null, "agency_code" varchar(32) not null, "approved_on" varchar(10) null, "started_on" varchar(10) null, constraint "aid_project_reminder_fact_pkey" primary key ("project_id"));`);
    this.addSql(`create index "aid_project_reminder_fact_approved_on_project_id_index" on "reporting"."aid_project_reminder_fact" ("approved_on", "project_id");`);

    this.addSql(`create table "reporting"."budget_deadline_fact" ("fiscal_year" int not null, "deadline" varchar(10) not null, constraint "budget_deadline_fact_pkey" primary key ("fiscal_year"));`);
    this.addSql(`create index "budget_deadline_fact_deadline_index" on "reporting"."budget_deadline_fact" ("deadline");`);

    this.addSql(`create table "reporting"."course_reminder_fact" ("course_id" uuid not null, "version" int not null, "title" text not null, "agency_code" varchar(32) not null, "status" varchar(32) not null, "starts_on" varchar(10) not null, "capacity" int not null, "enrolled" int not null, constraint "course_reminder_fact_pkey" primary key ("course_id"));`);
    this.addSql(`create index "course_reminder_fact_starts_on_course_id_index" on "reporting"."course_reminder_fact" ("starts_on", "course_id");`);

    this.addSql(`create table "reporting"."estimate_submission_fact" ("estimate_id" uuid not null, "agency_code" varchar(32) not null, "fiscal_year" int not null, constraint "estimate_submission_fact_pkey" primary key ("estimate_id"));`);
    this.addSql(`create index "estimate_submission_fact_fiscal_year_agency_code_index" on "reporting"."estimate_submission_fact" ("fiscal_year", "agency_code");`);

    this.addSql(`create table "reporting"."ngo_reminder_fact" ("ngo_id" uuid not null, "version" int not null, "name" text not null, "agency_code" varchar(32) not null, "expires_on" varchar(10) null, constraint "ngo_reminder_fact_pkey" primary key ("ngo_id"));`);
    this.addSql(`create index "ngo_reminder_fact_expires_on_ngo_id_index" on "reporting"."ngo_reminder_fact" ("expires_on", "ngo_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reporting"."aid_project_reminder_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."budget_deadline_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."course_reminder_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."estimate_submission_fact" cascade;`);

    this.addSql(`drop table if exists "reporting"."ngo_reminder_fact" cascade;`);
  }

}
