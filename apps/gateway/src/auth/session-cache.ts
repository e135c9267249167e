import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EventSubscriber, type FlushEventArgs, MikroORM } from '@mikro-orm/core';
import { Session } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { AUTH_POLICY } from './auth-policy';

/** What a request's authentication needs of its session and user, as read from the database. */
export interface SessionSnapshot {
  id: string;
  familyId: string;
  revoked: boolean;
  expiresAt: Date;
  lastUsedAt: Date;
  user: Pick<User, 'id' | 'username' | 'agencyCode' | 'roles' | 'mustChangePassword' | 'active'>;
}

interface Entry {
  readAt: number;
  snapshot: Promise<SessionSnapshot | null>;
}

/**
 * The sessions this gateway copy read lately, by id, each trusted for `AUTH_POLICY.sessionCacheMs`: under
 * load every request of a sign-in would otherwise read the same row. Requests arriving while a read is
 * under way wait for that read. A change to any session or user made through this copy (sign-out,
 * revocation, an administrator's edit, a password change) empties it at once; another copy's change
 * bites here when the entry is older than the limit, i.e. within half a second.
 */
@Injectable()
export class SessionCache implements OnModuleInit, EventSubscriber {
  private readonly entries = new Map<string, Entry>();

  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  onModuleInit() {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  /** A flush that wrote a session or a user (MikroORM calls this for every flush of this process). */
  afterFlush({ uow }: FlushEventArgs): void {
    if (uow.getChangeSets().some((c) => c.entity instanceof Session || c.entity instanceof User))
      this.clear();
  }

  async get(sessionId: string, nowMs = Date.now()): Promise<SessionSnapshot | null> {
    const cached = this.entries.get(sessionId);
    if (cached && nowMs - cached.readAt < AUTH_POLICY.sessionCacheMs) return cached.snapshot;
    if (this.entries.size > 10_000) this.prune(nowMs);
    const snapshot = this.read(sessionId);
    const entry = { readAt: nowMs, snapshot };
    this.entries.set(sessionId, entry);
    // A failed read is not remembered.
    snapshot.catch(() => this.entries.get(sessionId) === entry && this.entries.delete(sessionId));
    return snapshot;
  }

  /** Forgets everything (this copy changed a session or a user). */
  clear(): void {
    this.entries.clear();
  }

  private prune(nowMs: number) {
    for (const [id, entry] of this.entries) {
      if (nowMs - entry.readAt >= AUTH_POLICY.sessionCacheMs) this.entries.delete(id);
    }
  }

  private async read(sessionId: string): Promise<SessionSnapshot | null> {
    const session = await this.orm.em
      .fork()
      .findOne(Session, { id: sessionId }, { populate: ['user'], strategy: 'joined' });
    if (!session) return null;
    const { user } = session;
    return {
      id: session.id,
      familyId: session.familyId,
      revoked: session.revokedAt !== null,
      expiresAt: session.expiresAt,
      lastUsedAt: session.lastUsedAt,
      user: {
        id: user.id,
        username: user.username,
        agencyCode: user.agencyCode,
        roles: [...user.roles],
        mustChangePassword: user.mustChangePassword,
        active: user.active,
      },
    };
  }
}
