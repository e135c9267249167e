import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

// DateTimeType, not 'datetime': see user.entity.ts.

/**
 * One of a user's one-time recovery codes, which stand in for an authenticator code at sign-in. Only an
 * HMAC of the code is kept (auth/recovery-codes.ts); using one sets `usedAt` with a conditional update,
 * so a code signs in once, even for two requests racing with it. A set-up, a regeneration or an
 * administrator's reset replaces them all.
 */
@Entity({ tableName: 'identity_recovery_code' })
@Index({ properties: ['user', 'usedAt'] })
export class RecoveryCode {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** HMAC-SHA256 (hex) of the normalised code under a key derived from the auth secret. */
  @Property({ type: 'string', length: 64, unique: true })
  codeHash!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();

  @Property({ type: DateTimeType, nullable: true })
  usedAt: (Date & Opt) | null = null;
}
