import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { searchIndexSql } from '@ascc/service-kit';

/**
 * The code and title of an aid project, as its latest transaction announced them (the aid facts are
 * per transaction × sector × location; the project is listed once, by this row).
 */
@Entity({ tableName: 'aid_project_fact' })
@Index({ properties: ['title', 'projectId'] })
export class AidProjectFact {
  @PrimaryKey({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'text', nullable: true })
  code?: string | null;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  @Index({ expression: searchIndexSql })
  searchText: string & Opt = '';
}
