import { DateTimeType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** The answer to a submission made under an Idempotency-Key: a repeat gets it again, with no effect. */
@Entity({ tableName: 'budget_idempotency_key' })
export class IdempotencyRecord {
  /** `<userId>:<key>`: one person's keys never collide with another's. */
  @PrimaryKey({ type: 'string', length: 160 })
  key!: string;

  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'json' })
  response!: unknown;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
