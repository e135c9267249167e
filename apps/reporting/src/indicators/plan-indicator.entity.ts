import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { PlanRecord } from '@ascc/service-kit';
import type {
  IndicatorComputation,
  IndicatorDirection,
  IndicatorMethod,
  IndicatorTarget,
  IndicatorUnit,
  PlanAreaCode,
} from '@ascc/contracts';

/**
 * One indicator of the plan's catalogue (issue 20): per plan area, kept by the plan's coordinator. Its
 * `version` counts its definitions: each edit is one, recorded whole in the audit log (before and after),
 * and a frozen review stores the definitions it was made with.
 */
@Entity({ tableName: 'plan_indicator' })
@Unique({ properties: ['code'] })
@Index({ properties: ['planArea', 'code'] })
export class PlanIndicatorRecord extends PlanRecord {
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'text' })
  nameVi!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 16 })
  unit!: IndicatorUnit;

  @Property({ type: 'string', length: 8 })
  direction!: IndicatorDirection;

  @Property({ type: 'double', nullable: true })
  baseline?: number | null;

  @Property({ type: 'integer', nullable: true })
  baselineYear?: number | null;

  @Property({ type: 'json' })
  targets!: IndicatorTarget[];

  @Property({ type: 'boolean' })
  cumulative!: boolean;

  @Property({ type: 'string', length: 20 })
  leadAgencyCode!: string;

  @Property({ type: 'string', length: 10 })
  method!: IndicatorMethod;

  @Property({ type: 'json', nullable: true })
  computation?: IndicatorComputation | null;

  @Property({ type: 'string', length: 8 })
  origin!: 'plan' | 'derived';

  @Property({ type: 'text' })
  planQuote!: string;

  @Property({ type: 'string', length: 60 })
  planRef!: string;
}
