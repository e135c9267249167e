import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An aid project as the reminders need it (from `aid.project.recorded`). `approvedOn` is its decision
 * date only while it waits to start (approved or pipeline, no actual start), else null: the job's index
 * range on it reads the projects still waiting, never the whole table.
 */
@Entity({ tableName: 'aid_project_reminder_fact' })
@Index({ properties: ['approvedOn', 'projectId'] })
export class AidProjectReminderFact {
  @PrimaryKey({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  approvedOn?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  startedOn?: string | null;
}
