import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204708 extends Migration {

  override async up(): Promise<void> {
    // The schema exists already (preparePostgresSchema, or infra/postgresql/roles.sql for an owner role
    // that may not create schemas): `create schema` checks that right even when the schema exists.
    this.addSql(`create table "training"."training_course" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_text" text not null default '', "code" varchar(32) not null, "title_vi" varchar(300) not null, "title_en" varchar(300) not null, "topic" varchar(32) not null, "target_level" varchar(32) not null, "plan_area" varchar(8) not null, "agency_code" varchar(32) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "capacity" int not null, "cost_estimate" bigint not null, "status" varchar(32) not null default 'planned', constraint "training_course_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."training_course" add constraint "training_course_code_unique" unique ("code");`);
    this.addSql(`create index "training_course_search_text_index" on "training"."training_course" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "training_course_agency_code_start_date_id_index" on "training"."training_course" ("agency_code", "start_date", "id");`);
    this.addSql(`create index "training_course_status_start_date_id_index" on "training"."training_course" ("status", "start_date", "id");`);
    this.addSql(`create index "training_course_target_level_start_date_id_index" on "training"."training_course" ("target_level", "start_date", "id");`);
    this.addSql(`create index "training_course_topic_start_date_id_index" on "training"."training_course" ("topic", "start_date", "id");`);
    this.addSql(`create index "training_course_created_at_id_index" on "training"."training_course" ("created_at", "id");`);
    this.addSql(`create index "training_course_capacity_id_index" on "training"."training_course" ("capacity", "id");`);
    this.addSql(`create index "training_course_title_vi_id_index" on "training"."training_course" ("title_vi", "id");`);
    this.addSql(`create index "training_course_code_id_index" on "training"."training_course" ("code", "id");`);
    this.addSql(`create index "training_course_start_date_id_index" on "training"."training_course" ("start_date", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."training_course" cascade;`);

    this.addSql(`drop schema if exists "training";`);
  }

}
