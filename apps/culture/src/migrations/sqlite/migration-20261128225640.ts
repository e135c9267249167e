import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cultural_event_attachment\` (\`id\` text not null, \`event_id\` text not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`kind\` text not null, \`bytes\` blob not null, \`uploaded_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`cultural_event_attachment_event_id_created_at_index\` on \`cultural_event_attachment\` (\`event_id\`, \`created_at\`);`);

    this.addSql(`create table \`cultural_event_country\` (\`event_id\` text not null, \`country_code\` text not null, \`asean\` integer not null, primary key (\`event_id\`, \`country_code\`));`);
    this.addSql(`create index \`cultural_event_country_country_code_event_id_index\` on \`cultural_event_country\` (\`country_code\`, \`event_id\`);`);

    this.addSql(`create table \`cultural_event_registration\` (\`id\` text not null, \`event_id\` text not null, \`name\` text not null, \`organisation\` text null, \`country_code\` text not null, \`contact\` text not null, \`status\` text not null, \`position\` integer not null, \`checked_in_at\` datetime null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`cultural_event_registration_event_id_country_code_index\` on \`cultural_event_registration\` (\`event_id\`, \`country_code\`);`);
    this.addSql(`create index \`cultural_event_registration_event_id_status_position_index\` on \`cultural_event_registration\` (\`event_id\`, \`status\`, \`position\`);`);
    this.addSql(`create index \`cultural_event_registration_event_id_position_index\` on \`cultural_event_registration\` (\`event_id\`, \`position\`);`);

    this.addSql(`alter table \`cultural_event\` add column \`description\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`co_organisers\` json not null default '[]';`);
    this.addSql(`alter table \`cultural_event\` add column \`venue_key\` text not null default '';`);
    this.addSql(`alter table \`cultural_event\` add column \`troupes\` json not null default '[]';`);
    this.addSql(`alter table \`cultural_event\` add column \`actual_audience\` integer null;`);
    this.addSql(`alter table \`cultural_event\` add column \`takes_registrations\` integer not null default false;`);
    this.addSql(`alter table \`cultural_event\` add column \`capacity\` integer null;`);
    this.addSql(`alter table \`cultural_event\` add column \`organiser_contact\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`internal_notes\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`status_reason\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`report_attendance\` integer null;`);
    this.addSql(`alter table \`cultural_event\` add column \`report_outcomes\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`report_media_coverage\` text null;`);
    this.addSql(`alter table \`cultural_event\` add column \`reported_at\` datetime null;`);
    this.addSql(`create index \`cultural_event_venue_key_start_date_end_date_index\` on \`cultural_event\` (\`venue_key\`, \`start_date\`, \`end_date\`);`);
    this.addSql(`create index \`cultural_event_plan_area_start_date_id_index\` on \`cultural_event\` (\`plan_area\`, \`start_date\`, \`id\`);`);
    // Hand-added: the country rows of events written before they existed (ASEAN as of the event's date).
    this.addSql(`insert into \`cultural_event_country\` (\`event_id\`, \`country_code\`, \`asean\`) select distinct e.\`id\`, j.\`value\`, case when j.\`value\` in ('BN','KH','ID','LA','MY','MM','PH','SG','TH','VN') or (j.\`value\` = 'TL' and e.\`start_date\` >= '2025-10-26') then 1 else 0 end from \`cultural_event\` e, json_each(e.\`country_codes\`) j;`);
    // Hand-added: events written before the venue key existed get an approximate one (lower case).
    this.addSql(`update \`cultural_event\` set \`venue_key\` = lower(\`venue\`) where \`venue_key\` = '';`);
  }

}
