import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One sector share of a project, as a row the reports split amounts by. */
@Entity({ tableName: 'project_sector' })
@Index({ properties: ['projectId'] })
@Index({ properties: ['sectorCode', 'projectId'] })
export class ProjectSector {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 5 })
  sectorCode!: string;

  /** The plan area of the sector (catalogue mapping), fixed when written. */
  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  percentage!: number;
}
