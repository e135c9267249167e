import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_line_attachment\` (\`id\` text not null, \`line_id\` text not null, \`estimate_id\` text not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`kind\` text not null, \`bytes\` blob not null, \`uploaded_by\` text not null, \`created_at\` datetime not null, constraint \`budget_line_attachment_line_id_foreign\` foreign key(\`line_id\`) references \`budget_line\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`budget_line_attachment_line_id_index\` on \`budget_line_attachment\` (\`line_id\`);`);
    this.addSql(`create index \`budget_line_attachment_estimate_id_created_at_index\` on \`budget_line_attachment\` (\`estimate_id\`, \`created_at\`);`);
  }

}
