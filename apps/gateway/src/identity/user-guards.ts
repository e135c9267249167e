import type { EntityManager } from '@mikro-orm/core';
import { type FieldError, ruleParams } from '@ascc/contracts';
import { authErrors } from '../auth/auth-errors';
import { User } from './user.entity';

/** The user with this id, or a 404. */
export async function findUser(em: EntityManager, id: string): Promise<User> {
  const user = await em.findOne(User, { id });
  if (!user) throw authErrors.notFound(`User ${id} was not found`);
  return user;
}

/** What an administrator may not do to their own account: drop their admin role or deactivate it. */
export function selfLockoutProblems(
  user: User,
  change: { roles?: string[]; active?: boolean },
): FieldError[] {
  const fields: FieldError[] = [];
  if (change.roles && user.roles.includes('admin') && !change.roles.includes('admin')) {
    fields.push({
      path: 'roles',
      code: 'custom',
      message: 'You cannot remove your own admin role',
      params: ruleParams('ownAdminRole'),
    });
  }
  if (change.active === false) {
    fields.push({
      path: 'active',
      code: 'custom',
      message: 'You cannot deactivate your own account',
      params: ruleParams('ownAccount'),
    });
  }
  return fields;
}

export function duplicate(username: string) {
  const message = `A user named ${username} already exists`;
  return authErrors.refuse('usernameTaken', { username }, message, { path: 'username', code: 'duplicate' });
}

export function stale(username: string) {
  const message = `${username} was changed by someone else since you opened it; reload and try again`;
  return authErrors.refuse('userChanged', { username }, message);
}
