import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cultural_event_co_organiser\` (\`event_id\` text not null, \`agency_code\` text not null, primary key (\`event_id\`, \`agency_code\`));`);
    this.addSql(`create index \`cultural_event_co_organiser_agency_code_event_id_index\` on \`cultural_event_co_organiser\` (\`agency_code\`, \`event_id\`);`);
    // Hand-added: the co-organiser rows of events written before they existed.
    this.addSql(`insert into \`cultural_event_co_organiser\` (\`event_id\`, \`agency_code\`) select distinct e.\`id\`, j.\`value\` from \`cultural_event\` e, json_each(e.\`co_organisers\`) j;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`cultural_event_co_organiser\`;`);
  }

}
