import { Migration } from '@mikro-orm/migrations';
import { convertAidFacts } from '../aid-fact-amounts';

export class Migration20261205000000 extends Migration {

  /**
   * The aid facts' `weighted` (đồng × sector % × location %, which left SQLite's 64-bit range on a large
   * transaction) becomes `amount`, the row's whole đồng as a projection now splits it. The existing rows
   * are converted in place (`convertAidFacts`: each transaction's đồng and percentages recovered from its
   * products, then split by the largest remainder); a transaction whose products were not exact (stored
   * past 2^63 by SQLite) is removed and comes back with `npm run reporting:rebuild`.
   */
  override async up(): Promise<void> {
    await convertAidFacts(this, 'aid_fact');
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
