import { Migration } from '@mikro-orm/migrations';

export class Migration20261129023219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`aid_fact_project_id_year_index\`;`);
    this.addSql(`drop index \`aid_fact_country_code_year_index\`;`);
    this.addSql(`drop index \`aid_fact_sector_code_year_index\`;`);
    this.addSql(`drop index \`aid_fact_year_type_index\`;`);
    this.addSql(`drop index \`aid_fact_plan_area_year_index\`;`);

    this.addSql(`create index \`aid_fact_sector_code_year_type_project_id_weighted_index\` on \`aid_fact\` (\`sector_code\`, \`year\`, \`type\`, \`project_id\`, \`weighted\`);`);
    this.addSql(`create index \`aid_fact_country_code_sector_code_year_type_asean_project_id_weighted_index\` on \`aid_fact\` (\`country_code\`, \`sector_code\`, \`year\`, \`type\`, \`asean\`, \`project_id\`, \`weighted\`);`);
    this.addSql(`create index \`aid_fact_project_id_year_type_agency_code_plan_area_weighted_index\` on \`aid_fact\` (\`project_id\`, \`year\`, \`type\`, \`agency_code\`, \`plan_area\`, \`weighted\`);`);
    this.addSql(`create index \`aid_fact_plan_area_year_type_project_id_weighted_index\` on \`aid_fact\` (\`plan_area\`, \`year\`, \`type\`, \`project_id\`, \`weighted\`);`);
    this.addSql(`create index \`aid_fact_year_type_country_code_sector_code_asean_weighted_index\` on \`aid_fact\` (\`year\`, \`type\`, \`country_code\`, \`sector_code\`, \`asean\`, \`weighted\`);`);

    this.addSql(`drop index \`budget_fact_funding_source_year_index\`;`);
    this.addSql(`drop index \`budget_fact_year_agency_code_index\`;`);
    this.addSql(`drop index \`budget_fact_plan_area_year_index\`;`);

    this.addSql(`create index \`budget_fact_funding_source_year_line_id_requested_approved_index\` on \`budget_fact\` (\`funding_source\`, \`year\`, \`line_id\`, \`requested\`, \`approved\`);`);
    this.addSql(`create index \`budget_fact_plan_area_year_line_id_requested_approved_index\` on \`budget_fact\` (\`plan_area\`, \`year\`, \`line_id\`, \`requested\`, \`approved\`);`);
    this.addSql(`create index \`budget_fact_year_agency_code_funding_source_estimate_id_requested_approved_index\` on \`budget_fact\` (\`year\`, \`agency_code\`, \`funding_source\`, \`estimate_id\`, \`requested\`, \`approved\`);`);

    this.addSql(`drop index \`culture_fact_year_type_index\`;`);
    this.addSql(`drop index \`culture_fact_plan_area_year_index\`;`);

    this.addSql(`create index \`culture_fact_plan_area_year_cultural_event_id_audience_index\` on \`culture_fact\` (\`plan_area\`, \`year\`, \`cultural_event_id\`, \`audience\`);`);
    this.addSql(`create index \`culture_fact_year_type_audience_index\` on \`culture_fact\` (\`year\`, \`type\`, \`audience\`);`);

    this.addSql(`drop index \`culture_fact_country_country_code_cultural_event_id_index\`;`);
    this.addSql(`drop index \`culture_fact_country_year_country_code_index\`;`);

    this.addSql(`create index \`culture_fact_country_country_code_cultural_event_id_asean_year_index\` on \`culture_fact_country\` (\`country_code\`, \`cultural_event_id\`, \`asean\`, \`year\`);`);
    this.addSql(`create index \`culture_fact_country_year_country_code_cultural_event_id_asean_index\` on \`culture_fact_country\` (\`year\`, \`country_code\`, \`cultural_event_id\`, \`asean\`);`);

    this.addSql(`drop index \`delegation_fact_plan_area_year_index\`;`);

    this.addSql(`create index \`delegation_fact_plan_area_year_delegation_id_size_index\` on \`delegation_fact\` (\`plan_area\`, \`year\`, \`delegation_id\`, \`size\`);`);
    this.addSql(`create index \`delegation_fact_year_direction_size_index\` on \`delegation_fact\` (\`year\`, \`direction\`, \`size\`);`);

    this.addSql(`drop index \`delegation_fact_country_year_country_code_index\`;`);
    this.addSql(`drop index \`delegation_fact_country_country_code_delegation_id_index\`;`);

    this.addSql(`create index \`delegation_fact_country_country_code_delegation_id_asean_year_index\` on \`delegation_fact_country\` (\`country_code\`, \`delegation_id\`, \`asean\`, \`year\`);`);
    this.addSql(`create index \`delegation_fact_country_year_country_code_delegation_id_asean_index\` on \`delegation_fact_country\` (\`year\`, \`country_code\`, \`delegation_id\`, \`asean\`);`);

    this.addSql(`drop index \`training_fact_year_level_index\`;`);
    this.addSql(`drop index \`training_fact_plan_area_year_index\`;`);

    this.addSql(`create index \`training_fact_plan_area_year_course_id_trained_completed_commune_trained_index\` on \`training_fact\` (\`plan_area\`, \`year\`, \`course_id\`, \`trained\`, \`completed\`, \`commune_trained\`);`);
    this.addSql(`create index \`training_fact_year_level_trained_completed_female_commune_trained_index\` on \`training_fact\` (\`year\`, \`level\`, \`trained\`, \`completed\`, \`female\`, \`commune_trained\`);`);
  }

}
