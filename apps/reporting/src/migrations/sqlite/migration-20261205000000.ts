import { Migration } from '@mikro-orm/migrations';

export class Migration20261205000000 extends Migration {

  /**
   * The aid facts' `weighted` (đồng × sector % × location %, which left SQLite's 64-bit range on a
   * large transaction) becomes `amount`, whole đồng split by the largest remainder when projected. The
   * old rows' values are not đồng, so the aid facts are cleared (with the record that their events were
   * applied): run `npm run reporting:rebuild` after this migration to replay the AID stream into them
   * (until then the aid figures are empty, never wrong).
   */
  override async up(): Promise<void> {
    this.addSql(`delete from \`aid_fact\`;`);
    this.addSql(`delete from \`processed_event\` where \`subject\` = 'aid.transaction.recorded';`);
    this.addSql(`drop index \`aid_fact_year_type_country_code_sector_code_asean_weighted_index\`;`);
    this.addSql(`drop index \`aid_fact_plan_area_year_type_project_id_weighted_index\`;`);
    this.addSql(`drop index \`aid_fact_project_id_year_type_agency_code_plan_area_weighted_index\`;`);
    this.addSql(`drop index \`aid_fact_country_code_sector_code_year_type_asean_project_id_weighted_index\`;`);
    this.addSql(`drop index \`aid_fact_sector_code_year_type_project_id_weighted_index\`;`);

    this.addSql(`alter table \`aid_fact\` rename column \`weighted\` to \`amount\`;`);
    this.addSql(`create index \`aid_fact_sector_code_year_type_project_id_amount_index\` on \`aid_fact\` (\`sector_code\`, \`year\`, \`type\`, \`project_id\`, \`amount\`);`);
    this.addSql(`create index \`aid_fact_country_code_sector_code_year_type_asean_project_id_amount_index\` on \`aid_fact\` (\`country_code\`, \`sector_code\`, \`year\`, \`type\`, \`asean\`, \`project_id\`, \`amount\`);`);
    this.addSql(`create index \`aid_fact_project_id_year_type_agency_code_plan_area_amount_index\` on \`aid_fact\` (\`project_id\`, \`year\`, \`type\`, \`agency_code\`, \`plan_area\`, \`amount\`);`);
    this.addSql(`create index \`aid_fact_plan_area_year_type_project_id_amount_index\` on \`aid_fact\` (\`plan_area\`, \`year\`, \`type\`, \`project_id\`, \`amount\`);`);
    this.addSql(`create index \`aid_fact_year_type_country_code_sector_code_asean_amount_index\` on \`aid_fact\` (\`year\`, \`type\`, \`country_code\`, \`sector_code\`, \`asean\`, \`amount\`);`);
  }

}
