import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '@ascc/contracts';
import { recordAudit } from '@ascc/service-kit';

export type UserAuditAction =
  | 'user.created'
  | 'user.updated'
  | 'user.password-reset'
  | 'user.password-changed'
  | 'user.locked'
  | 'user.totp-enabled'
  | 'user.totp-reset'
  | 'user.recovery-codes-regenerated'
  | 'user.recovery-code-used'
  | 'user.signed-in'
  | 'user.signed-out'
  | 'user.session-reuse-detected';

export interface UserAuditEntry {
  action: UserAuditAction;
  /** Who did it; absent when the system did (a lock after failed attempts, the demo seed). */
  actor?: Pick<Caller, 'userId' | 'username' | 'agencyCode'>;
  user: { id: string; username: string };
  /** Field → [before, after] for updates; other details otherwise. Never a password or a secret. */
  changes?: Record<string, unknown>;
  correlationId?: string;
}

/** Sign-in events, written to the audit log whether or not an account has the name tried. */
export type SignInAuditEvent = 'sign-in.failed' | 'sign-in.delayed' | 'signed-out';

export interface SignInAuditEntry {
  event: SignInAuditEvent;
  /** The account name tried (or signed out), whether or not an account has it. */
  username: string;
  /** The account, when one has that name. */
  user?: { id: string; agencyCode: string } | null;
  /** The client's address as the gateway reads it (TRUST_PROXY). */
  address?: string;
  /** Why it failed, until when it is delayed… Never the password tried. */
  details?: Record<string, string | undefined>;
  correlationId?: string;
}

/** The audit log's entity of sign-in events; their entity id is the account name tried. */
export const SIGN_IN_AUDIT_ENTITY = 'SignIn';

/** Audit actions that change a user record: these go to the append-only audit store. */
const STORED: Partial<Record<UserAuditAction, 'create' | 'update'>> = {
  'user.created': 'create',
  'user.updated': 'update',
  'user.password-reset': 'update',
  'user.password-changed': 'update',
  'user.totp-enabled': 'update',
  'user.totp-reset': 'update',
  'user.recovery-codes-regenerated': 'update',
  'user.recovery-code-used': 'update',
};

/**
 * Records every event of a user as a structured log line. Changes a person makes to a user record
 * (created, updated, password reset or changed, second factor enabled) are also written to the
 * identity database's append-only audit log through `em` — call it before that unit of work is
 * flushed, so the audit line commits, or fails, with the change.
 */
@Injectable()
export class UserAudit {
  private readonly logger = new Logger('Audit');

  record({ action, actor, user, changes, correlationId }: UserAuditEntry, em?: EntityManager): void {
    // Fields are copied one by one: an entity handed in whole must not put its password hash in a log.
    this.logger.log(
      JSON.stringify({
        at: new Date().toISOString(),
        action,
        actor: actor && { userId: actor.userId, username: actor.username, agencyCode: actor.agencyCode },
        user: { id: user.id, username: user.username },
        changes,
        correlationId,
      }),
    );
    const stored = STORED[action];
    if (!em || !actor || !stored) return;
    // An update's changes are `field: [before, after]`; every other action's are the values after.
    const pairs = action === 'user.updated' || action === 'user.totp-reset';
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = { event: action };
    for (const [key, value] of Object.entries(changes ?? {})) {
      if (pairs && Array.isArray(value) && value.length === 2) {
        before[key] = value[0];
        after[key] = value[1];
      } else after[key] = value;
    }
    recordAudit(
      em,
      { caller: { ...actor, roles: [] }, correlationId: correlationId ?? null },
      {
        entity: 'User',
        entityId: user.id,
        action: stored,
        ...(stored === 'update' ? { before } : {}),
        after,
      },
    );
  }

  /**
   * A failed or delayed sign-in, or a sign-out: a log line and an audit line in `em` (flushed by the
   * caller). The actor is the account name tried, with its account's id and agency when it has one.
   */
  recordSignIn(
    { event, username, user, address, details, correlationId }: SignInAuditEntry,
    em: EntityManager,
  ): void {
    const after = { event, address: address ?? null, ...details };
    this.logger.log(
      JSON.stringify({ at: new Date().toISOString(), action: event, username, ...after, correlationId }),
    );
    recordAudit(
      em,
      {
        caller: {
          userId: user?.id ?? '',
          username: username.slice(0, 40),
          agencyCode: (user?.agencyCode ?? '') as Caller['agencyCode'],
          roles: [],
        },
        correlationId: correlationId ?? null,
      },
      { entity: SIGN_IN_AUDIT_ENTITY, entityId: username.slice(0, 64), action: 'create', after },
    );
  }
}
