import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "culture"."cultural_event_co_organiser" ("event_id" uuid not null, "agency_code" varchar(32) not null, constraint "cultural_event_co_organiser_pkey" primary key ("event_id", "agency_code"));`);
    this.addSql(`create index "cultural_event_co_organiser_agency_code_event_id_index" on "culture"."cultural_event_co_organiser" ("agency_code", "event_id");`);
    // Hand-added: the co-organiser rows of events written before they existed.
    this.addSql(`insert into "culture"."cultural_event_co_organiser" ("event_id", "agency_code") select distinct e."id", j.value from "culture"."cultural_event" e, jsonb_array_elements_text(e."co_organisers") as j(value);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "culture"."cultural_event_co_organiser" cascade;`);
  }

}
