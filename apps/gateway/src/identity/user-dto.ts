import type { MailPreferences, SessionUser, User as UserDto } from '@ascc/contracts';
import type { Row } from '@ascc/service-kit';
import type { User } from './user.entity';

/** A user as an entity or as a lean row (the list reads rows). */
type UserFields = Row<User>;

export function toSessionUser(user: UserFields): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyCode: user.agencyCode,
    roles: user.roles,
    totpEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
    email: user.email,
    language: user.language,
    emailNotifications: user.emailNotifications,
  };
}

export function toUserDto(user: UserFields, now = new Date()): UserDto {
  return {
    ...toSessionUser(user),
    active: user.active,
    // A lock that has run out is no lock.
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

/**
 * Sets the e-mail preferences given (an absent one keeps its value) and answers what changed, field →
 * [before, after], for the audit row.
 */
export function applyMailPreferences(
  user: User,
  input: Partial<MailPreferences>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of ['email', 'language', 'emailNotifications'] as const) {
    const value = input[key];
    if (value === undefined || value === user[key]) continue;
    changes[key] = [user[key], value];
    (user as unknown as Record<string, unknown>)[key] = value;
  }
  return changes;
}
