import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225822 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`aid_project\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`code\` text not null, \`title_vi\` text not null, \`title_en\` text not null, \`description\` text null, \`agency_code\` text not null, \`plan_area\` text not null, \`participants\` json not null, \`sectors\` json not null, \`locations\` json not null, \`beneficiaries\` json not null, \`status\` text not null, \`decision_no\` text null, \`decision_date\` text null, \`approving_authority\` text null, \`appraisals\` json not null, \`planned_start\` text null, \`planned_end\` text null, \`actual_start\` text null, \`actual_end\` text null, \`donor_country_code\` text null, \`sector_tags\` text not null default '', \`district_tags\` text not null default '', \`ngo_tags\` text not null default '', primary key (\`id\`));`);
    this.addSql(`create unique index \`aid_project_code_unique\` on \`aid_project\` (\`code\`);`);
    this.addSql(`create index \`aid_project_search_text_index\` on \`aid_project\` (\`search_text\`);`);
    this.addSql(`create index \`aid_project_donor_country_code_created_at_id_index\` on \`aid_project\` (\`donor_country_code\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`aid_project_agency_code_created_at_id_index\` on \`aid_project\` (\`agency_code\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`aid_project_status_created_at_id_index\` on \`aid_project\` (\`status\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`aid_project_decision_date_id_index\` on \`aid_project\` (\`decision_date\`, \`id\`);`);
    this.addSql(`create index \`aid_project_status_id_index\` on \`aid_project\` (\`status\`, \`id\`);`);
    this.addSql(`create index \`aid_project_title_vi_id_index\` on \`aid_project\` (\`title_vi\`, \`id\`);`);
    this.addSql(`create index \`aid_project_code_id_index\` on \`aid_project\` (\`code\`, \`id\`);`);
    this.addSql(`create index \`aid_project_created_at_id_index\` on \`aid_project\` (\`created_at\`, \`id\`);`);

    this.addSql(`create table \`aid_transaction\` (\`id\` text not null, \`project_id\` text not null, \`type\` text not null, \`date\` text not null, \`amount\` text not null, \`currency\` text not null, \`exchange_rate\` text null, \`dong_amount\` bigint not null, \`description\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`aid_transaction_date_type_index\` on \`aid_transaction\` (\`date\`, \`type\`);`);
    this.addSql(`create index \`aid_transaction_project_id_date_id_index\` on \`aid_transaction\` (\`project_id\`, \`date\`, \`id\`);`);

    this.addSql(`create table \`delegation\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`search_text\` text not null default '', \`title\` text not null, \`direction\` text not null, \`purpose\` text not null, \`country_codes\` json not null, \`country_tags\` text not null default '', \`organisations\` json not null, \`head_name\` text not null, \`head_title\` text null, \`size\` integer not null, \`start_date\` text not null, \`end_date\` text not null, \`agency_code\` text not null, \`plan_area\` text not null, \`ngo_id\` text null, \`project_id\` text null, \`links\` json null, \`outcomes\` text null, \`follow_ups\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`delegation_search_text_index\` on \`delegation\` (\`search_text\`);`);
    this.addSql(`create index \`delegation_project_id_start_date_id_index\` on \`delegation\` (\`project_id\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`delegation_ngo_id_start_date_id_index\` on \`delegation\` (\`ngo_id\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`delegation_agency_code_start_date_id_index\` on \`delegation\` (\`agency_code\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`delegation_purpose_start_date_id_index\` on \`delegation\` (\`purpose\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`delegation_direction_start_date_id_index\` on \`delegation\` (\`direction\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`delegation_title_id_index\` on \`delegation\` (\`title\`, \`id\`);`);
    this.addSql(`create index \`delegation_created_at_id_index\` on \`delegation\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`delegation_start_date_id_index\` on \`delegation\` (\`start_date\`, \`id\`);`);

    this.addSql(`create table \`delegation_country\` (\`id\` text not null, \`delegation_id\` text not null, \`country_code\` text not null, \`direction\` text not null, \`start_date\` text not null, \`size\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`delegation_country_start_date_country_code_direction_index\` on \`delegation_country\` (\`start_date\`, \`country_code\`, \`direction\`);`);
    this.addSql(`create index \`delegation_country_delegation_id_index\` on \`delegation_country\` (\`delegation_id\`);`);

    this.addSql(`create table \`project_location\` (\`id\` text not null, \`project_id\` text not null, \`district_code\` text not null, \`commune\` text null, \`percentage\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`project_location_district_code_project_id_index\` on \`project_location\` (\`district_code\`, \`project_id\`);`);
    this.addSql(`create index \`project_location_project_id_index\` on \`project_location\` (\`project_id\`);`);

    this.addSql(`create table \`project_sector\` (\`id\` text not null, \`project_id\` text not null, \`sector_code\` text not null, \`plan_area\` text not null, \`percentage\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`project_sector_sector_code_project_id_index\` on \`project_sector\` (\`sector_code\`, \`project_id\`);`);
    this.addSql(`create index \`project_sector_project_id_index\` on \`project_sector\` (\`project_id\`);`);

    this.addSql(`alter table \`ngo\` add column \`registration_no\` text null;`);
    this.addSql(`alter table \`ngo\` add column \`registration_issued_by\` text null;`);
    this.addSql(`alter table \`ngo\` add column \`registration_valid_from\` text null;`);
    this.addSql(`alter table \`ngo\` add column \`registration_valid_to\` text null;`);
    this.addSql(`alter table \`ngo\` add column \`contacts\` json not null default '[]';`);
  }

}
