import { Migration } from '@mikro-orm/migrations';
import { convertAidFacts } from '../aid-fact-amounts';

export class Migration20261205000001 extends Migration {

  /**
   * The aid facts' `weighted` (đồng × sector % × location %, which left SQLite's 64-bit range on a large
   * transaction) becomes `amount`, the row's whole đồng as a projection now splits it. The existing rows
   * are converted in place (`convertAidFacts`: each transaction's đồng and percentages recovered from its
   * products, then split by the largest remainder); a transaction whose products were not exact (stored
   * past 2^63 by SQLite) is removed and comes back with `npm run reporting:rebuild`.
   */
  override async up(): Promise<void> {
    await convertAidFacts(this, '"reporting"."aid_fact"');
    this.addSql(`drop index "reporting"."aid_fact_country_code_sector_code_year_type_asean__1a5b5_index";`);
    this.addSql(`drop index "reporting"."aid_fact_plan_area_year_type_project_id_weighted_index";`);
    this.addSql(`drop index "reporting"."aid_fact_project_id_year_type_agency_code_plan_are_35b30_index";`);
    this.addSql(`drop index "reporting"."aid_fact_sector_code_year_type_project_id_weighted_index";`);
    this.addSql(`drop index "reporting"."aid_fact_year_type_country_code_sector_code_asean__5d16b_index";`);

    this.addSql(`alter table "reporting"."aid_fact" rename column "weighted" to "amount";`);
    this.addSql(`create index "aid_fact_sector_code_year_type_project_id_amount_index" on "reporting"."aid_fact" ("sector_code", "year", "type", "project_id", "amount");`);
    this.addSql(`create index "aid_fact_country_code_sector_code_year_type_asean__9aada_index" on "reporting"."aid_fact" ("country_code", "sector_code", "year", "type", "asean", "project_id", "amount");`);
    this.addSql(`create index "aid_fact_project_id_year_type_agency_code_plan_are_df8f5_index" on "reporting"."aid_fact" ("project_id", "year", "type", "agency_code", "plan_area", "amount");`);
    this.addSql(`create index "aid_fact_plan_area_year_type_project_id_amount_index" on "reporting"."aid_fact" ("plan_area", "year", "type", "project_id", "amount");`);
    this.addSql(`create index "aid_fact_year_type_country_code_sector_code_asean_amount_index" on "reporting"."aid_fact" ("year", "type", "country_code", "sector_code", "asean", "amount");`);
  }

  override async down(): Promise<void> {
    // Amounts are not the old products: the aid facts are cleared, for `npm run reporting:rebuild`.
    this.addSql(`delete from "reporting"."aid_fact";`);
    this.addSql(`drop index "reporting"."aid_fact_sector_code_year_type_project_id_amount_index";`);
    this.addSql(`drop index "reporting"."aid_fact_country_code_sector_code_year_type_asean__9aada_index";`);
    this.addSql(`drop index "reporting"."aid_fact_project_id_year_type_agency_code_plan_are_df8f5_index";`);
    this.addSql(`drop index "reporting"."aid_fact_plan_area_year_type_project_id_amount_index";`);
    this.addSql(`drop index "reporting"."aid_fact_year_type_country_code_sector_code_asean_amount_index";`);

    this.addSql(`alter table "reporting"."aid_fact" rename column "amount" to "weighted";`);
    this.addSql(`create index "aid_fact_country_code_sector_code_year_type_asean__1a5b5_index" on "reporting"."aid_fact" ("country_code", "sector_code", "year", "type", "asean", "project_id", "weighted");`);
    this.addSql(`create index "aid_fact_plan_area_year_type_project_id_weighted_index" on "reporting"."aid_fact" ("plan_area", "year", "type", "project_id", "weighted");`);
    this.addSql(`create index "aid_fact_project_id_year_type_agency_code_plan_are_35b30_index" on "reporting"."aid_fact" ("project_id", "year", "type", "agency_code", "plan_area", "weighted");`);
    this.addSql(`create index "aid_fact_sector_code_year_type_project_id_weighted_index" on "reporting"."aid_fact" ("sector_code", "year", "type", "project_id", "weighted");`);
    this.addSql(`create index "aid_fact_year_type_country_code_sector_code_asean__5d16b_index" on "reporting"."aid_fact" ("year", "type", "country_code", "sector_code", "asean", "weighted");`);
  }

}
