import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { searchIndexSql } from '@ascc/service-kit';

/** A completed course (`training.course.completed`). */
@Entity({ tableName: 'training_fact' })
@Index({ properties: ['year', 'level', 'trained', 'completed', 'female', 'communeTrained'] })
@Index({ properties: ['planArea', 'year', 'courseId', 'trained', 'completed', 'communeTrained'] })
@Index({ properties: ['agencyCode', 'year'] })
@Index({ properties: ['year', 'courseId'] })
@Index({ properties: ['title', 'courseId'] })
@Index({ properties: ['trained', 'courseId'] })
export class TrainingFact {
  @PrimaryKey({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'text', nullable: true })
  code?: string | null;

  /** The title the source last announced (null for events written before titles travelled). */
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', default: '' })
  @Index({ expression: searchIndexSql })
  searchText: string & Opt = '';

  @Property({ type: 'string', length: 20 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 40 })
  topic!: string;

  @Property({ type: 'string', length: 20 })
  level!: string;

  @Property({ type: 'string', length: 40 })
  targetGroup!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  trained!: number;

  @Property({ type: 'integer' })
  completed!: number;

  @Property({ type: 'integer' })
  female!: number;

  @Property({ type: 'integer' })
  communeTrained!: number;
}
