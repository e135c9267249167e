import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { Session } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { AUTH_POLICY } from './auth-policy';
import { authErrors } from './auth-errors';
import { SessionCache } from './session-cache';

/** Where a sign-in came from, kept on its session for the user's and administrators' eyes. */
export interface ClientInfo {
  userAgent?: string;
  ip?: string;
}

export interface IssuedSession {
  session: Session;
  /** The opaque refresh token; only its SHA-256 is stored. */
  refreshToken: string;
}

/** How long rows of ended sessions are kept after their absolute expiry, for the record. */
const KEEP_ENDED_MS = 7 * 24 * 60 * 60_000;
const PURGE_INTERVAL_MS = 60 * 60_000;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Sessions and their refresh tokens: start at sign-in, rotate on refresh (a rotated token presented
 * again revokes its whole family), revoke on sign-out, password change, reset or deactivation.
 */
@Injectable()
export class SessionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sessions');
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly cache: SessionCache,
  ) {}

  /** A new sign-in: a session family of its own, ending 12 hours from now at the latest. */
  async start(userId: string, client: ClientInfo, now = new Date()): Promise<IssuedSession> {
    const expiresAt = new Date(now.getTime() + AUTH_POLICY.sessionAbsoluteMs);
    return this.insert(this.orm.em.fork(), userId, randomUUID(), expiresAt, client, now);
  }

  /**
   * Exchanges a refresh token for the next one of its family. Refuses (401) an unknown, revoked,
   * expired or idle token; a token already exchanged once revokes the family, since someone holds a copy.
   */
  async rotate(
    refreshToken: string,
    client: ClientInfo,
    now = new Date(),
  ): Promise<IssuedSession & { user: User }> {
    const em = this.orm.em.fork();
    const current = await em.findOne(
      Session,
      { refreshTokenHash: hashRefreshToken(refreshToken) },
      { populate: ['user'] },
    );
    if (!current) throw authErrors.unauthenticated('Sign-in required');
    if (current.revokedAt) throw authErrors.unauthenticated('Your session has ended; sign in again');
    if (current.rotatedAt) throw await this.reused(current, now);
    this.assertLive(current, now);
    if (!current.user.active) {
      await this.revokeFamily(current.familyId, now);
      throw authErrors.unauthenticated('This account is deactivated; ask an administrator');
    }
    const issued = await em.transactional(async (tx) => {
      // Only one of two refreshes racing with the same token wins; the other is a reuse.
      const claimed = await tx.nativeUpdate(
        Session,
        { id: current.id, rotatedAt: null, revokedAt: null },
        { rotatedAt: now, lastUsedAt: now },
      );
      if (claimed !== 1) return undefined;
      return this.insert(tx, current.user.id, current.familyId, current.expiresAt, client, now);
    });
    if (!issued) throw await this.reused(current, now);
    return { ...issued, user: current.user };
  }

  private async reused(session: Session, now: Date) {
    await this.revokeFamily(session.familyId, now);
    this.logger.warn(`A refresh token of ${session.user.username} was used twice: that sign-in is revoked`);
    return authErrors.unauthenticated(
      'This session was ended because its refresh token was used twice; sign in again',
    );
  }

  /** Throws a 401 when a session is past its absolute end or idle for too long. */
  assertLive(session: Pick<Session, 'expiresAt' | 'lastUsedAt'>, now = new Date()): void {
    if (session.expiresAt.getTime() <= now.getTime()) {
      throw authErrors.unauthenticated('Session expired; sign in again');
    }
    if (now.getTime() - session.lastUsedAt.getTime() > AUTH_POLICY.sessionIdleMs) {
      throw authErrors.unauthenticated('Session expired after 30 minutes without activity; sign in again');
    }
  }

  /** The family of a refresh token, when the token is known. */
  async familyOfRefreshToken(refreshToken: string): Promise<string | undefined> {
    const row = await this.orm.em
      .fork()
      .findOne(Session, { refreshTokenHash: hashRefreshToken(refreshToken) }, { fields: ['familyId'] });
    return row?.familyId;
  }

  async familyOfSession(sessionId: string): Promise<string | undefined> {
    const row = await this.orm.em.fork().findOne(Session, { id: sessionId }, { fields: ['familyId'] });
    return row?.familyId;
  }

  async revokeFamily(familyId: string, now = new Date()): Promise<number> {
    try {
      return await this.orm.em
        .fork()
        .nativeUpdate(Session, { familyId, revokedAt: null }, { revokedAt: now });
    } finally {
      this.cache.clear();
    }
  }

  /** Signs a user out everywhere, or everywhere but the sign-in `keepFamilyId`. */
  async revokeAllOfUser(userId: string, keepFamilyId?: string, now = new Date()): Promise<number> {
    try {
      return await this.orm.em
        .fork()
        .nativeUpdate(
          Session,
          { user: userId, revokedAt: null, ...(keepFamilyId ? { familyId: { $ne: keepFamilyId } } : {}) },
          { revokedAt: now },
        );
    } finally {
      // Authentication reads sessions through the cache: this copy forgets them at once.
      this.cache.clear();
    }
  }

  /** Marks a session used (idle expiry counts from here); callers limit how often. */
  async touch(sessionId: string, now = new Date()): Promise<void> {
    await this.orm.em.fork().nativeUpdate(Session, { id: sessionId }, { lastUsedAt: now });
  }

  onApplicationBootstrap() {
    this.purgeTimer = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown() {
    clearInterval(this.purgeTimer);
  }

  /** Deletes rows of sessions that ended long ago: every refresh adds one. */
  async purge(now = new Date()): Promise<number> {
    try {
      return await this.orm.em
        .fork()
        .nativeDelete(Session, { expiresAt: { $lt: new Date(now.getTime() - KEEP_ENDED_MS) } });
    } catch (error) {
      this.logger.warn(`Could not purge old sessions: ${(error as Error).message}`);
      return 0;
    }
  }

  private async insert(
    em: EntityManager,
    userId: string,
    familyId: string,
    expiresAt: Date,
    client: ClientInfo,
    now: Date,
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      user: em.getReference(User, userId),
      familyId,
      refreshTokenHash: hashRefreshToken(refreshToken),
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip?.slice(0, 64) ?? null,
    });
    await em.flush();
    return { session, refreshToken };
  }
}
