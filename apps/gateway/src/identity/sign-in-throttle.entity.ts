import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

// DateTimeType, not 'datetime': see user.entity.ts.

/**
 * Failed sign-ins counted per account name (`account:<username>`, whether or not the account exists)
 * and per client address (`address:<ip>`), in the gateway's database so every copy of the gateway sees
 * the same counts and a restart forgets nothing. See auth/sign-in-throttle.ts.
 */
@Entity({ tableName: 'identity_sign_in_throttle' })
export class SignInThrottleEntry {
  @PrimaryKey({ type: 'string', length: 80 })
  key!: string;

  @Property({ type: 'integer' })
  failures: number & Opt = 0;

  /** Old rows are forgotten by this: a count whose last failure is a day old starts again. */
  @Property({ type: DateTimeType })
  @Index()
  lastFailureAt!: Date;

  /** No attempt of this key is checked before then. */
  @Property({ type: DateTimeType, nullable: true })
  blockedUntil: (Date & Opt) | null = null;
}
