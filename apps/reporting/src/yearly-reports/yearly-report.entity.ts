import { DateTimeType, Entity, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { PlanRecord } from '@ascc/service-kit';
import type { PlanAreaCode, TaskProgress, YearlyReportIndicator, YearlyReportStatus } from '@ascc/contracts';

/** An agency's yearly report on one plan area (plan VII.12): one per agency × year × area. */
@Entity({ tableName: 'yearly_report' })
@Unique({ properties: ['agencyCode', 'year', 'planArea'] })
@Index({ properties: ['year', 'updatedAt', 'id'] })
@Index({ properties: ['agencyCode', 'updatedAt', 'id'] })
@Index({ properties: ['status', 'updatedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class YearlyReport extends PlanRecord {
  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 16 })
  status: YearlyReportStatus & Opt = 'draft';

  @Property({ type: 'text' })
  narrative: string & Opt = '';

  @Property({ type: 'json' })
  indicators: YearlyReportIndicator[] & Opt = [];

  /** The progress of the tasks the plan assigns to the agency, one entry per task code (issue 20). */
  @Property({ type: 'json', nullable: true })
  tasks?: TaskProgress[] | null;

  @Property({ type: 'text' })
  difficulties: string & Opt = '';

  @Property({ type: 'text' })
  proposals: string & Opt = '';

  /**
   * The agency's figures from the read model when the report was started. The money figures are
   * DongTotal strings (numbers in reports written before totals were strings: read with `toDong`).
   */
  @Property({ type: 'json' })
  figures!: {
    trained: number;
    events: number;
    aidDisbursed: number | string;
    budgetApproved: number | string;
  };

  @Property({ type: DateTimeType, nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'boolean' })
  late: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;
}
