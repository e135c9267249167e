import { Injectable, Logger } from '@nestjs/common';
import type { Caller } from '@ascc/contracts';

export type UserAuditAction =
  | 'user.created'
  | 'user.updated'
  | 'user.password-reset'
  | 'user.password-changed'
  | 'user.locked'
  | 'user.totp-enabled'
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

/**
 * Records every change of a user. For now a structured log line; the audit store (issue 3, item 5)
 * replaces the body of `record` and nothing else.
 */
@Injectable()
export class UserAudit {
  private readonly logger = new Logger('Audit');

  record({ action, actor, user, changes, correlationId }: UserAuditEntry): void {
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
  }
}
