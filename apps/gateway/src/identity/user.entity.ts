import {
  BeforeCreate,
  BeforeUpdate,
  DateTimeType,
  type EntityData,
  Entity,
  Index,
  type Opt,
  Property,
  raw,
} from '@mikro-orm/core';
import type { AgencyCode, Language, Role } from '@ascc/contracts';
import { PlanRecord, searchText } from '@ascc/service-kit';

// Dates are typed with the DateTimeType class rather than 'datetime': with the string, MikroORM 6.6 on
// SQLite compares the loaded Date with a timestamp and sees every date as changed on each flush.

/**
 * A person of an agency who signs in. `version` (from PlanRecord) guards the administrator's edits;
 * sign-in bookkeeping (failed attempts, lock, last sign-in, last TOTP step) is written with native
 * updates that leave it alone, so a user signing in never makes an administrator's open form stale.
 */
@Entity({ tableName: 'identity_user' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['lastLoginAt', 'id'] })
@Index({ properties: ['agencyCode', 'username'] })
export class User extends PlanRecord {
  /** Lower-case (the contract's UsernameSchema lower-cases it), so sign-in is case-insensitive. */
  @Property({ type: 'string', length: 40, unique: true })
  username!: string;

  @Property({ type: 'string', length: 120 })
  displayName!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'json' })
  roles!: Role[];

  /**
   * The roles as `|admin|editor|`: the role filter of the users list runs in the database with one
   * LIKE that SQLite and PostgreSQL read alike, where a JSON-array test would differ per database.
   */
  @Property({ type: 'string', length: 200, hidden: true })
  roleKeys: string & Opt = '';

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  mustChangePassword: boolean & Opt = false;

  /** AES-256-GCM ciphertext of the base32 secret (see auth/secret-box.ts); set before TOTP is enabled. */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpSecret: (string & Opt) | null = null;

  @Property({ type: 'boolean' })
  totpEnabled: boolean & Opt = false;

  /** The last accepted TOTP time step: a code is good once, even within its 30-second window. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep: (number & Opt) | null = null;

  /**
   * Sign-in challenges carry the value they were issued at; finishing a sign-in, a password change or
   * an authenticator reset moves it on, so a challenge is good once and dies with those.
   */
  @Property({ type: 'integer', hidden: true })
  challengeVersion: number & Opt = 0;

  @Property({ type: 'integer' })
  failedLogins: number & Opt = 0;

  @Property({ type: DateTimeType, nullable: true })
  lockedUntil: (Date & Opt) | null = null;

  @Property({ type: DateTimeType, nullable: true })
  lastLoginAt: (Date & Opt) | null = null;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  /** Where notifications are e-mailed (lower-case; not unique: an agency's shared mailbox may serve several). */
  @Property({ type: 'string', length: 254, nullable: true })
  email: (string & Opt) | null = null;

  /** The language of the user's e-mails. */
  @Property({ type: 'string', length: 2 })
  language: Language & Opt = 'vi';

  /** "E-mail me my notifications": on by default, used only when an address is set. */
  @Property({ type: 'boolean' })
  emailNotifications: boolean & Opt = true;

  @BeforeCreate()
  @BeforeUpdate()
  protected deriveColumns() {
    this.roleKeys = `|${[...this.roles].sort().join('|')}|`;
    this.searchText = searchText(this.username, this.displayName, this.agencyCode);
  }
}

/**
 * Data for a native update of sign-in bookkeeping that leaves `version` as it is (a native update
 * otherwise increments it): a user signing in must not make an administrator's open form stale.
 */
export function bookkeeping(data: EntityData<User>): EntityData<User> {
  return { ...data, version: raw('version') };
}
