import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

// DateTimeType, not 'datetime': see user.entity.ts.

/**
 * One refresh token of a sign-in. Each refresh rotates: the row is marked `rotatedAt` and a new row of
 * the same family (the sign-in) carries the next token. A rotated token presented again means it was
 * copied, so the whole family is revoked. Access tokens name their row in `sid`.
 */
@Entity({ tableName: 'identity_session' })
// Signing out every session of a user looks them up by user among the live ones. (SQLite also indexes
// the foreign key alone by itself; PostgreSQL does not, so this index is declared, not left implicit.)
@Index({ properties: ['user', 'revokedAt'] })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** SHA-256 (hex) of the opaque refresh token: a leaked table gives no usable token. */
  @Property({ type: 'string', length: 64, unique: true })
  refreshTokenHash!: string;

  @Property({ type: 'uuid' })
  @Index()
  familyId!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();

  /** Drives the 30-minute idle expiry: set on refresh and, at most once a minute, on requests. */
  @Property({ type: DateTimeType })
  lastUsedAt: Date & Opt = new Date();

  /** The family's absolute end (12 h after sign-in): rotation never extends it. */
  @Property({ type: DateTimeType })
  @Index()
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  rotatedAt: (Date & Opt) | null = null;

  @Property({ type: DateTimeType, nullable: true })
  revokedAt: (Date & Opt) | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: (string & Opt) | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: (string & Opt) | null = null;
}
