import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A course as the reminders need it (from `training.course.recorded`): start date, places and places
 * taken. Indexed by start date: the job reads the courses starting tomorrow.
 */
@Entity({ tableName: 'course_reminder_fact' })
@Index({ properties: ['startsOn', 'courseId'] })
export class CourseReminderFact {
  @PrimaryKey({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  @Property({ type: 'string', length: 32 })
  status!: string;

  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer' })
  enrolled!: number;
}
