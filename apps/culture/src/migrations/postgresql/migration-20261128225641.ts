import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225641 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "culture"."cultural_event_attachment" ("id" uuid not null, "event_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(120) not null, "size" int not null, "kind" varchar(16) not null, "bytes" bytea not null, "uploaded_by" varchar(40) not null, "created_at" timestamptz not null, constraint "cultural_event_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "cultural_event_attachment_event_id_created_at_index" on "culture"."cultural_event_attachment" ("event_id", "created_at");`);

    this.addSql(`create table "culture"."cultural_event_country" ("event_id" uuid not null, "country_code" varchar(2) not null, "asean" boolean not null, constraint "cultural_event_country_pkey" primary key ("event_id", "country_code"));`);
    this.addSql(`create index "cultural_event_country_country_code_event_id_index" on "culture"."cultural_event_country" ("country_code", "event_id");`);

    this.addSql(`create table "culture"."cultural_event_registration" ("id" uuid not null, "event_id" uuid not null, "name" varchar(200) not null, "organisation" varchar(300) null, "country_code" varchar(2) not null, "contact" varchar(200) not null, "status" varchar(16) not null, "position" int not null, "checked_in_at" timestamptz null, "created_at" timestamptz not null, constraint "cultural_event_registration_pkey" primary key ("id"));`);
    this.addSql(`create index "cultural_event_registration_event_id_country_code_index" on "culture"."cultural_event_registration" ("event_id", "country_code");`);
    this.addSql(`create index "cultural_event_registration_event_id_status_position_index" on "culture"."cultural_event_registration" ("event_id", "status", "position");`);
    this.addSql(`create index "cultural_event_registration_event_id_position_index" on "culture"."cultural_event_registration" ("event_id", "position");`);

    this.addSql(`alter table "culture"."cultural_event" add column "description" text null, add column "co_organisers" jsonb not null default '[]', add column "venue_key" varchar(300) not null default '', add column "troupes" jsonb not null default '[]', add column "actual_audience" int null, add column "takes_registrations" boolean not null default false, add column "capacity" int null, add column "organiser_contact" varchar(300) null, add column "internal_notes" text null, add column "status_reason" varchar(500) null, add column "report_attendance" int null, add column "report_outcomes" text null, add column "report_media_coverage" text null, add column "reported_at" timestamptz null;`);
    this.addSql(`create index "cultural_event_venue_key_start_date_end_date_index" on "culture"."cultural_event" ("venue_key", "start_date", "end_date");`);
    this.addSql(`create index "cultural_event_plan_area_start_date_id_index" on "culture"."cultural_event" ("plan_area", "start_date", "id");`);
    // Hand-added: the country rows of events written before they existed (ASEAN as of the event's date).
    this.addSql(`insert into "culture"."cultural_event_country" ("event_id", "country_code", "asean") select distinct e."id", j.value, (j.value in ('BN','KH','ID','LA','MY','MM','PH','SG','TH','VN') or (j.value = 'TL' and e."start_date" >= '2025-10-26')) from "culture"."cultural_event" e, jsonb_array_elements_text(e."country_codes") as j(value);`);
    // Hand-added: events written before the venue key existed get an approximate one (lower case).
    this.addSql(`update "culture"."cultural_event" set "venue_key" = lower("venue") where "venue_key" = '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "culture"."cultural_event_attachment" cascade;`);

    this.addSql(`drop table if exists "culture"."cultural_event_country" cascade;`);

    this.addSql(`drop table if exists "culture"."cultural_event_registration" cascade;`);

    this.addSql(`drop index "culture"."cultural_event_venue_key_start_date_end_date_index";`);
    this.addSql(`drop index "culture"."cultural_event_plan_area_start_date_id_index";`);
    this.addSql(`alter table "culture"."cultural_event" drop column "description", drop column "co_organisers", drop column "venue_key", drop column "troupes", drop column "actual_audience", drop column "takes_registrations", drop column "capacity", drop column "organiser_contact", drop column "internal_notes", drop column "status_reason", drop column "report_attendance", drop column "report_outcomes", drop column "report_media_coverage", drop column "reported_at";`);
  }

}
