import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."certificate_counter" ("year" int not null, "last" int not null, constraint "certificate_counter_pkey" primary key ("year"));`);

    this.addSql(`create table "training"."enrolment" ("id" uuid not null, "version" int not null default 1, "course_id" uuid not null, "trainee_id" uuid not null, "status" varchar(16) not null, "seq" int not null, "attendance" jsonb not null, "score" double precision null, "result" varchar(8) null, "certificate_no" varchar(20) null, "created_at" timestamptz not null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."enrolment" add constraint "enrolment_certificate_no_unique" unique ("certificate_no");`);
    this.addSql(`create index "enrolment_trainee_id_index" on "training"."enrolment" ("trainee_id");`);
    this.addSql(`create index "enrolment_course_id_status_seq_index" on "training"."enrolment" ("course_id", "status", "seq");`);
    this.addSql(`alter table "training"."enrolment" add constraint "enrolment_course_id_trainee_id_unique" unique ("course_id", "trainee_id");`);

    this.addSql(`create table "training"."trainee" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "staff_code" varchar(32) not null, "full_name" varchar(120) not null, "date_of_birth" varchar(10) null, "gender" varchar(8) not null, "agency_code" varchar(32) null, "district_code" varchar(32) null, "commune" varchar(120) null, "level" varchar(16) not null, "group" varchar(32) not null, "position" varchar(120) null, "email" varchar(200) null, "phone" varchar(20) null, constraint "trainee_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."trainee" add constraint "trainee_staff_code_unique" unique ("staff_code");`);
    this.addSql(`create index "trainee_search_text_index" on "training"."trainee" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "trainee_district_code_full_name_id_index" on "training"."trainee" ("district_code", "full_name", "id");`);
    this.addSql(`create index "trainee_level_full_name_id_index" on "training"."trainee" ("level", "full_name", "id");`);
    this.addSql(`create index "trainee_created_at_id_index" on "training"."trainee" ("created_at", "id");`);
    this.addSql(`create index "trainee_staff_code_id_index" on "training"."trainee" ("staff_code", "id");`);
    this.addSql(`create index "trainee_full_name_id_index" on "training"."trainee" ("full_name", "id");`);

    this.addSql(`alter table "training"."training_course" add column "language" varchar(8) null, add column "target_group" varchar(32) not null default 'civil-servant', add column "venue" varchar(300) not null default '', add column "district_code" varchar(32) null, add column "sessions" jsonb not null default '[]', add column "trainers" jsonb not null default '[]', add column "min_attendance_percent" int not null default 80, add column "pass_score" double precision not null default 5, add column "cancel_reason" varchar(500) null, add column "enrolled_count" int not null default 0, add column "waitlist_count" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."certificate_counter" cascade;`);

    this.addSql(`drop table if exists "training"."enrolment" cascade;`);

    this.addSql(`drop table if exists "training"."trainee" cascade;`);

    this.addSql(`alter table "training"."training_course" drop column "language", drop column "target_group", drop column "venue", drop column "district_code", drop column "sessions", drop column "trainers", drop column "min_attendance_percent", drop column "pass_score", drop column "cancel_reason", drop column "enrolled_count", drop column "waitlist_count";`);
  }

}
