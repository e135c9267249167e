import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "budget"."budget_line_attachment" ("id" uuid not null, "line_id" uuid not null, "estimate_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(120) not null, "size" int not null, "kind" varchar(16) not null, "bytes" bytea not null, "uploaded_by" varchar(40) not null, "created_at" timestamptz not null, constraint "budget_line_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_line_attachment_estimate_id_created_at_index" on "budget"."budget_line_attachment" ("estimate_id", "created_at");`);

    this.addSql(`alter table "budget"."budget_line_attachment" add constraint "budget_line_attachment_line_id_foreign" foreign key ("line_id") references "budget"."budget_line" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budget"."budget_line_attachment" cascade;`);
  }

}
