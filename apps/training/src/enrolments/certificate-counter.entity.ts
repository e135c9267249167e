import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last certificate serial issued in a year. Completing a course bumps it by the number of passes
 * with one UPDATE in the completion's transaction: the row lock serialises concurrent completions, so
 * numbers never repeat or skip.
 */
@Entity({ tableName: 'certificate_counter' })
export class CertificateCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
