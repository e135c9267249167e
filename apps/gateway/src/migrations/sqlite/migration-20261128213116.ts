import { Migration } from '@mikro-orm/migrations';

export class Migration20261128213116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_record\` (\`id\` text not null, \`at\` datetime not null, \`entity\` text not null, \`entity_id\` text not null, \`action\` text not null, \`user_id\` text not null, \`username\` text not null, \`agency_code\` text not null, \`changes\` json not null, \`correlation_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_record_username_at_index\` on \`audit_record\` (\`username\`, \`at\`);`);
    this.addSql(`create index \`audit_record_at_id_index\` on \`audit_record\` (\`at\`, \`id\`);`);
    this.addSql(`create index \`audit_record_entity_entity_id_at_index\` on \`audit_record\` (\`entity\`, \`entity_id\`, \`at\`);`);
  }

}
