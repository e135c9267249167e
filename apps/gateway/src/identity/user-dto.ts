import type { SessionUser, User as UserDto } from '@ascc/contracts';
import type { User } from './user.entity';

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyCode: user.agencyCode,
    roles: user.roles,
    totpEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
  };
}

export function toUserDto(user: User, now = new Date()): UserDto {
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
