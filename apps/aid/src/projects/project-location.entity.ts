import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One location share of a project (a district, optionally a commune), as a row for the reports. */
@Entity({ tableName: 'project_location' })
@Index({ properties: ['projectId'] })
@Index({ properties: ['districtCode', 'projectId'] })
export class ProjectLocation {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 32 })
  districtCode!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  commune?: string | null;

  @Property({ type: 'integer' })
  percentage!: number;
}
