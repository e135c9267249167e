import { BlobType, Entity, Property, Unique } from '@mikro-orm/core';
import { PlanRecord } from '@ascc/service-kit';

/**
 * An agency's action plan (plan VII: every department and district issues one by 30 June 2017): one per
 * agency, corrected in place (each change is in its history). The signed file's bytes live beside it,
 * as an event's attachments do: one transaction, no orphan file, in the backup.
 */
@Entity({ tableName: 'action_plan' })
@Unique({ properties: ['agencyCode'] })
export class ActionPlanRecord extends PlanRecord {
  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'string', length: 60 })
  number!: string;

  /** ISO date of issue. */
  @Property({ type: 'string', length: 10 })
  issuedOn!: string;

  @Property({ type: 'string', length: 200 })
  signer!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  fileName?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  fileType?: string | null;

  @Property({ type: 'integer', nullable: true })
  fileSize?: number | null;

  @Property({ type: BlobType, nullable: true, lazy: true })
  fileBytes?: Buffer | null;
}
